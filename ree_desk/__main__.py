import sys

from ree_desk.cli.main import main

sys.exit(main())
