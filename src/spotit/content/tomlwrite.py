"""Writing the small TOML subset pack sources use (tomllib only reads)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_NEEDS_ESCAPES = re.compile(r"[\\\x00-\x08\x0b-\x1f\x7f]")


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        if "\n" in value and not _NEEDS_ESCAPES.search(value) and '"""' not in value:
            # Multi-line basic string; a newline right after the opening quotes is dropped.
            return '"""\n' + value + '"""' if not value.endswith('"') else json.dumps(value)
        return json.dumps(value, ensure_ascii=False)  # JSON escapes are valid TOML escapes
    if isinstance(value, Sequence):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key)


def dumps(data: Mapping[str, object]) -> str:
    """Scalars and arrays first, then arrays of tables (``[[name]]``)."""
    lines: list[str] = []
    tables: list[tuple[str, Sequence[Mapping[str, object]]]] = []
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, Sequence) and value and isinstance(value[0], Mapping):
            tables.append((key, value))  # type: ignore[arg-type]
        else:
            lines.append(f"{_key(key)} = {toml_value(value)}")
    for name, rows in tables:
        for row in rows:
            lines.append("")
            lines.append(f"[[{_key(name)}]]")
            lines.extend(f"{_key(k)} = {toml_value(v)}" for k, v in row.items() if v is not None)
    return "\n".join(lines) + "\n"
