"""Errors: the stable codes, bad input never crashes, batches never stop."""

from __future__ import annotations

import os
import pickle
import warnings
from pathlib import Path
from typing import Any, List

import govreport
import pytest
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def code_of(fn: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(govreport.GovReportError) as info:
        fn(*args, **kwargs)
    assert info.value.message and str(info.value)
    return str(info.value.code)


def test_bad_text() -> None:
    assert code_of(govreport.parse, "") == "empty-input"
    assert code_of(govreport.parse, " \n\t　") == "empty-input"
    assert code_of(govreport.parse, "abc\x00\x01\x02\x03\x04\x05" * 100) == "not-text"
    assert code_of(govreport.parse, "地区生产总值增长5%。" * 10, max_input_bytes=20) == "input-too-large"
    # Over the limit in UTF-8 bytes only (3 bytes a character), and by length.
    assert code_of(govreport.parse, "地区生产总值增长5%。", max_input_bytes=20) == "input-too-large"
    assert code_of(govreport.parse, "x" * 30, max_input_bytes=20) == "input-too-large"
    assert govreport.parse("地区生产总值增长5%。", max_input_bytes=40).quantities[0].text == "5%"
    assert code_of(govreport.read, (FIXTURES / "binary.bin").read_bytes()) == "not-text"
    assert code_of(govreport.read, str(FIXTURES / "empty.txt")) == "empty-input"
    assert code_of(govreport.read, FIXTURES / "malformed-gbk.txt") == "undecodable"
    assert code_of(govreport.read, b"x" * 100, max_input_bytes=10) == "input-too-large"
    # The engine keeps working after any error.
    assert govreport.parse("地区生产总值增长5%。").quantities[0].text == "5%"


def test_wrong_types() -> None:
    for bad in (b"bytes", None, 5, ["a"]):
        with pytest.raises(TypeError) as info:
            govreport.parse(bad)  # type: ignore[arg-type]
        assert isinstance(info.value, govreport.GovReportError)
        assert info.value.code == "invalid-input"
    assert code_of(govreport.read, 3.5) == "invalid-input"
    assert code_of(govreport.targets, [1, 2]) == "invalid-input"
    assert code_of(govreport.targets, 7) == "invalid-input"


def test_invalid_options() -> None:
    for kwargs in ({"max_input_bytes": -1}, {"max_input_bytes": "10"}, {"max_input_bytes": True}):
        assert code_of(govreport.parse, "地区生产总值增长5%。", **kwargs) == "invalid-options"
    assert code_of(govreport.targets, [], jobs=0) == "invalid-options"
    assert code_of(govreport.targets, [], jobs=1.5) == "invalid-options"
    assert code_of(govreport.targets, [], backend="spark") == "invalid-options"
    assert code_of(govreport.targets, [], errors="loud") == "invalid-options"
    assert code_of(govreport.panel, [], {"a.txt": 5}) == "invalid-options"


def test_missing_file() -> None:
    with pytest.raises(FileNotFoundError):
        govreport.read(ROOT / "no-such-report.txt")


def test_encodings_like_the_cli() -> None:
    text = govreport.read(FIXTURES / "short-utf8.txt")
    for name, code in [
        ("short-utf8-bom.txt", "decoded-utf8-bom"),
        ("short-utf16le.txt", "decoded-utf16le"),
        ("short-utf16be.txt", "decoded-utf16be"),
        ("short-gbk.txt", "decoded-gb18030"),
    ]:
        r = govreport.read(FIXTURES / name)
        assert r.warnings[0].code == code, name
        assert r.text == text.text, name
        assert [q.to_dict() for q in r.quantities] == [q.to_dict() for q in text.quantities]
        assert govreport.read((FIXTURES / name).read_bytes()) == r


def test_a_bad_file_never_stops_the_batch(corpus: List[str], tmp_path: Path) -> None:
    bad = [str(FIXTURES / "binary.bin"), str(tmp_path / "missing.txt"), str(FIXTURES / "malformed-gbk.txt")]
    files = [corpus[0], *bad, corpus[1]]
    with pytest.warns(govreport.GovReportWarning, match="3 file"):
        df = govreport.targets(files)
    good = govreport.targets([corpus[0], corpus[1]])
    assert df.equals(good)
    assert [(f, c) for f, c, _ in df.attrs["errors"]] == [
        (bad[0], "not-text"),
        (bad[1], "io-error"),
        (bad[2], "undecodable"),
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        govreport.targets(files, errors="ignore")
        with pytest.raises(govreport.GovReportError) as info:
            govreport.targets(files, errors="raise")
        assert info.value.code == "not-text" and info.value.file == bad[0]
        many = govreport.read_many(files, jobs=2)
    assert [type(r).__name__ for r in many] == [
        "Report", "GovReportError", "GovReportError", "GovReportError", "Report",
    ]
    with pytest.warns(govreport.GovReportWarning):
        p = govreport.panel(files)
    assert [c for _, c, _ in p.attrs["errors"]] == ["not-text", "io-error", "undecodable"]


def test_error_pickles() -> None:
    e = govreport.GovReportError("not-text", "binary", "a.bin")
    back = pickle.loads(pickle.dumps(e))
    assert (back.code, back.message, back.file) == ("not-text", "binary", "a.bin")


def test_hostile_inputs_do_not_crash() -> None:
    samples = [
        "各位代表" * 10000,
        "％" * 5000 + "5" * 5000,
        "一、" * 20000,
        "增长" + "9" * 400 + "%",
        "\u202e\u200b\ufeff地区生产总值增长5%",
        "".join(chr(c) for c in range(0x4E00, 0x4E00 + 3000)),
    ]
    for text in samples:
        try:
            r = govreport.parse(text)
            assert r.to_dict()["schemaVersion"] == 1
        except govreport.GovReportError as e:
            assert e.code in {"not-text", "empty-input"}
    with pytest.raises(govreport.GovReportError):
        govreport.read(os.urandom(4096) + b"\x00" * 4096)
    # A str with lone surrogates is not text the engine can read.
    assert code_of(govreport.parse, "地区生产总值增长5%\ud800。") == "undecodable"
