"""A believable enterprise for trying the program and for the benchmarks."""
