"""Data files shipped with REE Desk (countries, fonts, icons, translations)."""
