"""Re-execute notebooks in place in a fresh kernel, so their stored outputs are current.

    python tools/execute_notebooks.py                 # every notebook in notebooks/
    python tools/execute_notebooks.py notebooks/01_*.ipynb

Deterministic output: no widget state is stored (the notebook metadata stays free of
widget blobs), no timing metadata, the standard ``python3`` kernel. Prints the execution time of
each notebook. Stops with a non-zero exit code when a notebook raises an error.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbclient
import nbformat

ROOT = Path(__file__).resolve().parent.parent
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def execute(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    client = nbclient.NotebookClient(
        nb,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(path.parent)}},
        # nbclient 0.11 needs the widget state while it runs (its Output-widget capture writes
        # into it); the state is dropped from the metadata below, so nothing of it is stored.
        store_widget_state=True,
        record_timing=False,
    )
    client.execute()
    elapsed = time.perf_counter() - start
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = KERNELSPEC
    nb.metadata.get("language_info", {}).pop("version", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return elapsed


def main(args: list[str]) -> int:
    paths = [Path(a).resolve() for a in args] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    failed = 0
    for path in paths:
        try:
            seconds = execute(path)
        except nbclient.exceptions.CellExecutionError as exc:
            failed += 1
            print(f"FOUT   {path.name}: {str(exc).splitlines()[0] if str(exc) else exc}", file=sys.stderr)
            continue
        print(f"{seconds:6.1f} s  {path.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
