"""``python -m generator`` runs the same commands as the ``briefing`` console script."""

import sys

from generator.cli import main

sys.exit(main())
