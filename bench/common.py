"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Best wall time of ``repeat`` runs, in seconds (the least disturbed by the machine)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def figure(name: str, value: float, unit: str) -> None:
    print(f"bench: {name} {value:.3f} {unit}", flush=True)


def ratio(name: str, value: float, baseline: float) -> None:
    print(f"bench: {name}_ratio {value / baseline if baseline else float('inf'):.2f} x", flush=True)
