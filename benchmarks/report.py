"""Describe the machine and keep one section per benchmark in docs/benchmarks.md.

Each benchmark owns the text between its two markers, so running one benchmark updates
its own section and leaves the others as they were.
"""

import contextlib
import os
import platform
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .environment import ROOT

DOCS = ROOT / "docs" / "benchmarks.md"
HEADER = """# Benchmarks

Run them with `make bench` (or `.venv/bin/python benchmarks/run.py [NAME ...]`). Each
benchmark starts Django with the test settings on a fresh in-memory SQLite database,
builds its own data, prints its figures and rewrites its own section below. Figures
depend on the machine and on how busy it was, so each section says which machine, when,
and the load average when the run began. Compare query counts anywhere; compare times
only between runs on the same quiet machine.
"""


@dataclass
class Result:
    """What a benchmark found: lines to print, Markdown to record, and whether it passed."""

    lines: list[str]
    markdown: str
    passed: bool = True


def _read(path: str, prefix: str) -> str:
    """Return the value after `prefix` in a /proc-style file, or "" where there is none."""
    with contextlib.suppress(OSError):  # not Linux, or the file is unreadable
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    return ""


def machine() -> dict[str, str]:
    """Return the facts about this machine that figures depend on."""
    import django

    memory_kb = _read("/proc/meminfo", "MemTotal")
    memory = f"{int(memory_kb.split()[0]) / 1024 / 1024:.1f} GiB" if memory_kb else "unknown"
    return {
        "Date": date.today().isoformat(),
        "CPU": _read("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "Cores": str(os.cpu_count()),
        "Memory": memory,
        "Python": platform.python_version(),
        "Django": django.get_version(),
        "SQLite": sqlite3.sqlite_version,
        "System": f"{platform.system()} {platform.release()}",
        "Load average at start (1 minute)": _load(),
    }


def _load() -> str:
    """Return the one-minute load average: a busy machine gives slower, noisier times."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def machine_markdown(facts: dict[str, str]) -> str:
    """Return the machine facts as a short Markdown list."""
    return "\n".join(f"- {key}: {value}" for key, value in facts.items())


def write_section(name: str, title: str, body: str, path: Path = DOCS) -> None:
    """Replace the named section of the benchmarks page, or add it at the end."""
    start, end = f"<!-- benchmark:{name} -->", f"<!-- /benchmark:{name} -->"
    section = f"{start}\n## {title}\n\n{body.strip()}\n{end}"
    text = path.read_text() if path.exists() else HEADER
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
