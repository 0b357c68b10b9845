"""The model: every corpus report gives the CLI's JSON (spans in code
points), typed attribute access, spans that slice `report.text`."""

from __future__ import annotations

import json
import typing
from typing import Any, Dict, List

import govreport
import govreport._model as model
import pytest
from conftest import ROOT, corpus_files, run_cli

SAMPLE = (
    "各位代表：\n一、2024年工作回顾\n地区生产总值增长5.5%。\n"
    "二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。"
)


def utf16_to_code_points(text: str) -> List[int]:
    """index[u] = the code point index of UTF-16 offset u."""
    index = []
    for i, c in enumerate(text):
        index.append(i)
        if ord(c) > 0xFFFF:
            index.append(i + 1)
    index.append(len(text))
    return index


SPAN_KEYS = {"span", "sentenceSpan"}
SPAN_LIST_KEYS = {"sentences", "occurrences"}


def map_spans(value: Any, index: List[int]) -> Any:
    """The CLI's JSON with every span turned into code points."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in SPAN_KEYS:
                out[k] = [index[v[0]], index[v[1]]]
            elif k in SPAN_LIST_KEYS:
                out[k] = [[index[a], index[b]] for a, b in v]
            else:
                out[k] = map_spans(v, index)
        return out
    if isinstance(value, list):
        return [map_spans(v, index) for v in value]
    return value


def test_span_keys_cover_the_model() -> None:
    """Every Span-typed field of the model is mapped by map_spans (and by the binding)."""
    found = set()
    for name in model.__all__:
        cls = getattr(model, name)
        if isinstance(cls, type) and issubclass(cls, govreport._base._Record):
            for attr, key in cls._FIELDS:
                ret = typing.get_type_hints(getattr(cls, attr).fget).get("return")
                text = str(ret)
                if "Tuple[int, int]" in text:
                    found.add(key)
    assert found == SPAN_KEYS | SPAN_LIST_KEYS


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.rsplit("/", 1)[-1])
def test_corpus_report_equals_cli_json(path: str) -> None:
    report = govreport.read(path)
    cli = json.loads(run_cli("extract", "--format", "json", path))
    expected = map_spans(cli, utf16_to_code_points(report.text))
    assert report.to_dict() == expected
    for q in report.quantities:
        assert report.text[q.span[0] : q.span[1]] == q.text
    for p in report.paragraphs:
        assert p.span[0] <= p.span[1] <= len(report.text)


def test_read_many_equals_read(corpus: List[str]) -> None:
    files = corpus[:12]
    many = govreport.read_many(files, jobs=2)
    assert len(many) == len(files)
    for path, r in zip(files, many):
        assert isinstance(r, govreport.Report)
        assert r == govreport.read(path)
        assert r.to_dict() == govreport.read(path).to_dict()


def test_astral_characters_map_to_code_points() -> None:
    text = "各位代表：\n𠀀𠀁一、2024年工作回顾\n𠀂地区生产总值增长5.5%，粮食产量𠀃1300万吨。"
    r = govreport.parse(text)
    assert [q.text for q in r.quantities] == ["5.5%", "1300万吨"]
    for q in r.quantities:
        assert text[q.span[0] : q.span[1]] == q.text
        assert text[q.sentence_span[0] : q.sentence_span[1]] == q.sentence
    for p in r.paragraphs:
        for a, b in p.sentences:
            assert 0 <= a <= b <= len(text)
    assert r.text is text


def test_typed_attributes() -> None:
    r = govreport.parse(SAMPLE)
    assert isinstance(r, govreport.Report)
    assert r.schema_version == govreport.SCHEMA_VERSION == govreport.schema_version() == 1
    assert r.meta.review_year == 2024 and r.meta.plan_year == 2025
    q = r.quantities[0]
    assert (q.text, q.value, q.unit, q.qual, q.status, q.year, q.metric_id) == (
        "5.5%", 5.5, "%", "exact", "actual", 2024, "gdp",
    )
    assert isinstance(q.span, tuple) and len(q.span) == 2
    t = r.targets[0]
    assert (t.metric_id, t.value, t.qual, t.unit) == ("gdp", 5.0, "approx", "%")
    assert r.quantities[t.quantity_id].status == "target"
    assert isinstance(r.quantities, tuple) and r.quantities is r.quantities  # built once
    d = q.to_dict()
    assert d["metricId"] == "gdp" and d["span"] == list(q.span)
    d["metricId"] = "changed"
    assert q.metric_id == "gdp", "to_dict() is a copy"
    assert "Quantity(id=0, text='5.5%'" in repr(q)
    assert "quantities" in repr(r) and "targets" in repr(r)


def test_every_attribute_of_every_class_reads(corpus: List[str]) -> None:
    """Each generated property reads its JSON key with the declared type."""
    r = govreport.read(str(ROOT / "tests" / "corpus" / "dongxihu-2024.txt"))
    seen = set()

    def check(obj: Any) -> None:
        cls = type(obj)
        seen.add(cls.__name__)
        hints_by_attr = {a: typing.get_type_hints(getattr(cls, a).fget)["return"] for a, _ in cls._FIELDS}
        assert set(obj.to_dict()) == {k for _, k in cls._FIELDS}
        for attr, _key in cls._FIELDS:
            value = getattr(obj, attr)
            assert_type(value, hints_by_attr[attr])
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, govreport._base._Record):
                    check(item)

    check(r)
    assert {"Report", "Meta", "Section", "Paragraph", "Quantity", "Target", "HeadlineRow", "Warning"} <= seen


def assert_type(value: Any, hint: Any) -> None:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is type(None):
        assert value is None
    elif origin is typing.Union:
        errors = []
        for a in args:
            try:
                assert_type(value, a)
                return
            except AssertionError as e:
                errors.append(e)
        raise AssertionError(f"{value!r} is none of {hint}")
    elif origin is typing.Literal:
        assert value in args, f"{value!r} not in {args}"
    elif origin is tuple:
        assert isinstance(value, tuple)
        if len(args) == 2 and args[1] is Ellipsis:
            for v in value:
                assert_type(v, args[0])
        else:
            assert len(value) == len(args)
            for v, a in zip(value, args):
                assert_type(v, a)
    elif hint is float:
        assert isinstance(value, float), f"{value!r} is not a float"
    elif isinstance(hint, type):
        assert isinstance(value, hint) and not (hint is int and isinstance(value, bool)), f"{value!r} is not {hint}"
    else:
        raise AssertionError(f"unchecked hint {hint}")


def test_repr_html_escapes_report_text() -> None:
    r = govreport.read(str(ROOT / "tests" / "corpus" / "dongxihu-2024.txt"))
    page = r._repr_html_()
    assert page.count("<table>") == 2 and "东西湖区" in page
    assert all(t.metric is None or t.metric in page for t in r.targets)
    # Hostile text in every field the view shows.
    evil = '<script>alert(1)</script>"\'><img src=x onerror=alert(2)>'
    d = r.to_dict()
    d["meta"]["region"] = evil
    for q in d["quantities"]:
        q["text"] = q["sentence"] = evil
    for t in d["targets"]:
        t["metric"] = t["unit"] = evil
    for h in d["headline"]:
        h["label"] = h["term"] = evil
    page = govreport.Report(json.dumps(d).encode(), r.text)._repr_html_()
    assert "<script" not in page and "<img" not in page and "\"'>" not in page
    assert page.count("&lt;script&gt;") >= len(r.targets)


def test_parse_releases_the_gil() -> None:
    """Threads parse at once and get the same results."""
    from concurrent.futures import ThreadPoolExecutor

    text = (ROOT / "tests" / "corpus" / "dongxihu-2024.txt").read_text("utf-8")
    one = govreport.parse(text).to_dict()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: govreport.parse(text).to_dict(), range(8)))
    assert all(r == one for r in results)


@pytest.mark.parametrize("call", ["parse", "targets"])
def test_the_gil_is_released_while_reading(call: str, corpus: List[str]) -> None:
    """Another Python thread keeps running while the engine reads: it spins
    through most of the call (with the GIL held it would wait until the call
    returned, as it does for a C call such as json.loads)."""
    import threading
    import time

    text = (ROOT / "tests" / "corpus" / "dongxihu-2024.txt").read_text("utf-8") * 40
    started = threading.Event()
    spent = [0.0]

    def work() -> None:
        started.set()
        t0 = time.perf_counter()
        if call == "parse":
            govreport.parse(text)
        else:
            govreport.targets(corpus, jobs=1)
        spent[0] = time.perf_counter() - t0

    thread = threading.Thread(target=work)
    thread.start()
    started.wait()
    first = last = time.perf_counter()
    while thread.is_alive():
        last = time.perf_counter()
    thread.join()
    assert last - first >= 0.5 * spent[0], (last - first, spent[0])


def test_report_pickles() -> None:
    import pickle

    r = govreport.parse(SAMPLE)
    back = pickle.loads(pickle.dumps(r))
    assert back == r and back.text == r.text and back.to_dict() == r.to_dict()
    assert json.loads(r.to_json()) == r.to_dict()


def test_version() -> None:
    out = run_cli("--version")
    assert govreport.version() in out and govreport.__version__ == govreport.version()
