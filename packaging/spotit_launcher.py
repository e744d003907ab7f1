"""Entry point of the frozen app: PyInstaller runs this file as ``__main__``.

It only hands over to the `spotit` command, so the bundled app accepts exactly
the arguments of the installed one (``SpotIt PACK.spotit``, ``--self-test``...).
"""

import sys

from spotit.cli import main

if __name__ == "__main__":
    sys.exit(main())
