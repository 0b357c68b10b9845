# Types of the extension module (python/src/lib.rs). Not public API: use the
# functions of the `govreport` package.
from typing import Any, List, Optional, Tuple, Union

_Failure = Tuple[str, str]

class NativeReport:
    """A parsed report held by the engine; `json()` writes its model."""

    def json(self) -> bytes: ...

_Read = Tuple[bool, Any]
_Cell = Union[None, int, float, str]

# `(True, result)` or `(False, (code, message))`.
def parse(text: str, max_input_bytes: int) -> Tuple[bool, Any]: ...
def parse_bytes(data: bytes, max_input_bytes: int) -> _Read: ...
def read_many(paths: List[str], jobs: int, max_input_bytes: int) -> List[_Read]: ...
def table(
    table: str, paths: List[str], names: List[str], jobs: int, max_input_bytes: int
) -> Tuple[List[str], List[List[_Cell]], List[Tuple[int, str, str]]]: ...
def panel(
    paths: List[str],
    names: List[str],
    jobs: int,
    max_input_bytes: int,
    given: List[Tuple[Optional[str], Optional[str], Optional[int]]],
    manifest: Optional[str] = None,
    prefer_given: bool = False,
    name_pattern: Optional[str] = None,
    near_tolerance: Optional[Tuple[float, float]] = None,
) -> Tuple[
    List[str], List[List[_Cell]], List[Tuple[int, str, str]], List[Tuple[str, str]]
]: ...
def version() -> str: ...
def schema_version() -> int: ...
def _engine_seconds(text: str, runs: int) -> float: ...
