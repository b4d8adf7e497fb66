"""The second half of the notebooks for test_lab.py (see there): same checks, the other notebooks."""

from __future__ import annotations

import pytest

from tests.browser.test_lab import SECOND_HALF, check_notebook_in_jupyterlab


@pytest.mark.parametrize("name", SECOND_HALF)
def test_notebook_in_jupyterlab(lab_server, lab_page, name):
    check_notebook_in_jupyterlab(lab_server, lab_page, name)
