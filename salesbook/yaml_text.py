"""Reading the project's YAML files (quiz banks, the book map, the data dictionary).

:func:`safe_load` is ``yaml.safe_load`` with libyaml's C parser when PyYAML was built with it
(about ten times faster on the quiz banks; the same documents, the same errors with a line and
column), and the pure-Python parser otherwise.
"""

from __future__ import annotations

from typing import Any


def safe_load(text: str) -> Any:
    """Parse YAML text with the safe loader (no Python objects), in C when available.

    >>> safe_load("vraag: 1\\nopties: [a, b]")
    {'vraag': 1, 'opties': ['a', 'b']}
    """
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
