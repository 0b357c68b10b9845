"""The examples in the package's docstrings run and give what they say."""

from __future__ import annotations

import doctest

import govreport


def test_docstring_examples() -> None:
    result = doctest.testmod(govreport, extraglobs={"govreport": govreport}, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 6
    assert result.failed == 0
