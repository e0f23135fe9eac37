"""REE Desk: the product-flow ledger of a rare-earth enterprise."""

# The same as pyproject.toml's (tests/test_packaging.py): written here, the
# program knows it without looking up its own installed metadata at start.
__version__ = "0.1.0"
