"""forms of the desktop program."""
