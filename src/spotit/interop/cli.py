"""Command-line entry points for import, export to other formats and author agreement."""

from __future__ import annotations

import argparse


def register(pack_commands: argparse._SubParsersAction) -> None:
    """Add `pack import` and `pack agree` to the `spotit pack` commands."""


def export_to(args: argparse.Namespace) -> int:
    """`spotit pack export PACK --to FORMAT -o OUT`."""
    raise SystemExit(f"spotit: error: exporting to {args.to!r} is not available yet")
