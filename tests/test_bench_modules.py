"""`make bench` runs every benchmark module; keep that list and their inputs honest."""

import ast
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_every_benchmark_module_is_run_by_make_bench():
    tree = ast.parse((BENCH / "__main__.py").read_text())
    runs = {
        node.value.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr == "run"
        and isinstance(node.value, ast.Name)
    }
    modules = {p.stem for p in BENCH.glob("*_bench.py")}
    assert runs == modules


def test_benchmark_inputs_exist():
    from bench import editor_bench

    assert (editor_bench.STARTER / "pack.toml").is_file()
