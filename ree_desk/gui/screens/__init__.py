"""screens of the desktop program."""
