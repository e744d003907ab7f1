"""Command-line entry points for classroom sessions (`spotit class ...`)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    """Add `spotit class host` and `spotit class simulate`."""
