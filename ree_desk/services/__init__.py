"""The service layer: what the command line and the GUI ask of the ledger."""
