"""`python -m search_app` runs the CLI."""

import sys

from search_app.cli import main

sys.exit(main())
