"""What the generated model classes (`_model.py`) share: a read-only view of
one JSON object of the model, and the report's own extras (its text, the
notebook view)."""

from __future__ import annotations

import copy
import html
import json
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

if TYPE_CHECKING:
    from . import _native

T = TypeVar("T")
R = TypeVar("R")


def _opt(value: Optional[T], make: Callable[[T], R]) -> Optional[R]:
    """`make(value)`, or None for None."""
    return None if value is None else make(value)


class _Record:
    """A read-only view of one object of the JSON model."""

    __slots__ = ("_d", "_c")
    _FIELDS: Tuple[Tuple[str, str], ...] = ()

    def __init__(self, data: Dict[str, Any]) -> None:
        self._d = data
        self._c: Optional[Dict[str, Any]] = None

    def _cached(self, key: str, make: Callable[[Any], Any]) -> Any:
        """The attribute built from the JSON value at `key`, built once."""
        cache = self._c
        if cache is None:
            cache = self._c = {}
        try:
            return cache[key]
        except KeyError:
            value = cache[key] = make(self._d[key])
            return value

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object (a copy), with the model's own keys (camelCase)."""
        return copy.deepcopy(self._d)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _Record)
        return bool(self._d == other._d)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = []
        for attr, key in self._FIELDS:
            value = self._d.get(key)
            if isinstance(value, list) and len(value) > 3:
                parts.append(f"{attr}=[…{len(value)} items]")
            else:
                parts.append(f"{attr}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


class _ReportBase(_Record):
    """A report: the model, plus the text it was read from (`text`)."""

    __slots__ = ("_raw", "text")

    def __init__(self, raw: Union[bytes, "_native.NativeReport"], text: str) -> None:
        # The JSON model, or the native report that writes it when first needed.
        self._raw = raw
        self._c = None
        #: The text the report was read from (decoded, without a byte order
        #: mark): every span indexes it, `text[start:end]`.
        self.text = text

    def __getattr__(self, name: str) -> Any:
        # The JSON is read on first use of the model: `parse` itself costs
        # only the engine and the serialisation.
        if name == "_d":
            data = json.loads(self._json_bytes())
            self._d = data
            return data
        raise AttributeError(name)

    def __reduce__(self) -> Tuple[Any, Tuple[bytes, str]]:
        # Pickled as its JSON model and text (for multiprocessing, caches).
        return (type(self), (self._json_bytes(), self.text))

    def _json_bytes(self) -> bytes:
        raw = self._raw
        if not isinstance(raw, bytes):
            raw = self._raw = raw.json()
        return raw

    def to_dict(self) -> Dict[str, Any]:
        """The whole model as the CLI's JSON gives it (a fresh copy), except
        that spans count code points (Python `str` indices), not UTF-16 units."""
        result: Dict[str, Any] = json.loads(self._json_bytes())
        return result

    def to_json(self) -> str:
        """`to_dict()` as JSON text."""
        return self._json_bytes().decode("utf-8")

    def __repr__(self) -> str:
        meta = self._d["meta"]
        return (
            f"<Report {meta.get('region') or '?'} {meta.get('reviewYear') or '?'}→"
            f"{meta.get('planYear') or '?'}: {len(self._d['quantities'])} quantities, "
            f"{len(self._d['targets'])} targets>"
        )

    def _repr_html_(self) -> str:
        """The notebook view: the headline indicators (reviewed year against
        the plan year's target) and the targets, as HTML tables. Every text of
        the report is escaped."""
        d = self._d
        quantities: List[Dict[str, Any]] = d["quantities"]

        def e(value: object) -> str:
            return html.escape("" if value is None else str(value), quote=True)

        def figure(qid: Optional[int]) -> str:
            if qid is None or not (0 <= qid < len(quantities)):
                return ""
            q = quantities[qid]
            mark = "（预计）" if q.get("status") == "estimate" else ""
            return f'<span title="{e(q.get("sentence"))}">{e(q.get("text"))}{e(mark)}</span>'

        meta = d["meta"]
        title = " ".join(
            e(x) for x in (meta.get("region"), meta.get("title"), meta.get("date")) if x
        )
        out = [f"<div><strong>{title or 'Report'}</strong>"]
        out.append(
            f"<div>reviewed year {e(meta.get('reviewYear'))}, plan year "
            f"{e(meta.get('planYear'))}; {len(quantities)} quantities, "
            f"{len(d['targets'])} targets, {len(d['warnings'])} warnings</div>"
        )
        if d["headline"]:
            out.append(
                "<table><thead><tr><th>indicator</th><th>level</th><th>growth</th>"
                "<th>target</th></tr></thead><tbody>"
            )
            for row in d["headline"]:
                label = row.get("term") or row.get("label")
                out.append(
                    f"<tr><td>{e(label)}</td><td>{figure(row.get('level'))}</td>"
                    f"<td>{figure(row.get('growth'))}</td><td>{figure(row.get('target'))}</td></tr>"
                )
            out.append("</tbody></table>")
        if d["targets"]:
            out.append(
                "<table><thead><tr><th>target</th><th>metricId</th><th>kind</th>"
                "<th>qual</th><th>value</th><th>hi</th><th>unit</th></tr></thead><tbody>"
            )
            for t in d["targets"]:
                out.append(
                    "<tr>"
                    + "".join(
                        f"<td>{e(t.get(k))}</td>"
                        for k in ("metric", "metricId", "kind", "qual", "value", "hi", "unit")
                    )
                    + "</tr>"
                )
            out.append("</tbody></table>")
        out.append("</div>")
        return "".join(out)
