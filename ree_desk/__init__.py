"""REE Desk: the product-flow ledger of a rare-earth enterprise."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ree-desk")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
