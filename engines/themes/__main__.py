"""Run the themes command line: python -m engines.themes COMMAND ..."""

import sys

from .cli import main

sys.exit(main())
