"""Reading and checking movement files (CSV or xlsx) before they are posted."""
