"""Entry point of the bundled program (PyInstaller needs a script)."""
import sys

from ree_desk.cli.main import main

sys.exit(main())
