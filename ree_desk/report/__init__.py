"""The monthly report: its figures, their checks, the xlsx file and the PDF summary."""
