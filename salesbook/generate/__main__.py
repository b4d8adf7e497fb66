"""``python -m salesbook.generate``: (re)write the case data; see ``--help``."""

import sys

from salesbook.generate.writing import main

sys.exit(main())
