"""The one error type of the engine: it names the file and line and says what to do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class SynopticError(Exception):
    """Bad input, located in its source file so the user can act on it."""

    path: str | Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"
