"""Where the repository's data lives, found from the package's own location.

The package is installed editable from its repository (``make`` and Binder's ``postBuild`` do
that), so ``data/`` sits beside the ``salesbook/`` folder.
"""

from __future__ import annotations

from pathlib import Path

from salesbook.errors import SalesbookError

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"
QUIZ_DIR = DATA_DIR / "quizzes"


def data_dir() -> Path:
    """The data folder, or a Dutch message saying how to install the package so it is found."""
    if not DATA_DIR.is_dir():
        raise SalesbookError(
            f"de map met gegevens is niet gevonden ({DATA_DIR}); installeer salesbook vanuit de "
            "repository met 'make lab' of 'pip install -e .' zodat data/ naast salesbook/ staat"
        )
    return DATA_DIR
