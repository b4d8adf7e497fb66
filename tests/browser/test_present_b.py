"""The second half of the notebooks for test_present.py (see there): same checks, the other notebooks."""

from __future__ import annotations

import pytest

from tests.browser.test_present import SECOND_HALF, check_chapter_in_presentation_mode
from tests.browser.test_present import present_server  # noqa: F401  (fixture)


@pytest.mark.parametrize("name", SECOND_HALF)
def test_chapter_without_code_with_working_widgets(present_server, page, name):
    check_chapter_in_presentation_mode(present_server, page, name)
