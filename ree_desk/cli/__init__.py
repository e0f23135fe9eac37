"""The ree-desk command line."""
