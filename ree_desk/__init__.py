"""REE Desk: the product-flow ledger of a rare-earth enterprise."""

__version__ = "0.1.0"
