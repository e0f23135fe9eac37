"""The rules and value types of the ledger, with no database, no files of
the user's and no Qt: quantities, movement types, the material catalogue,
countries, credit codes, drafts of movements, problems, months, the ledger
rules and the account rules. Everything above builds on it."""
