"""Allows `python -m ipt_journal`."""

import sys

from ipt_journal.cli import main

sys.exit(main())
