"""Run every benchmark and print `bench:` lines (ratios against baselines from the same run)."""

from __future__ import annotations

import sys

from bench import (
    authoring_bench,
    classroom_bench,
    core_bench,
    editor_bench,
    gui_bench,
    lrs_bench,
    practice_bench,
    sources_bench,
)


def main() -> int:
    for run in (
        core_bench.run,
        gui_bench.run,
        authoring_bench.run,
        editor_bench.run,
        classroom_bench.run,
        practice_bench.run,
        sources_bench.run,
        lrs_bench.run,
    ):
        run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
