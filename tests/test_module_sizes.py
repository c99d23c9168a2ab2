"""Rooms small enough to live in: no module of ipt_journal/ over 500 lines, no class over 300."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ipt_journal"
MAX_MODULE_LINES = 500
MAX_CLASS_LINES = 300


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_the_package_is_found() -> None:
    assert len(_modules()) > 50 and (PACKAGE / "cli.py") in _modules()


def test_no_module_is_over_500_lines() -> None:
    big = {}
    for path in _modules():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            big[str(path.relative_to(PACKAGE))] = lines
    assert big == {}, f"split these along their seams: {big}"


def test_no_class_is_over_300_lines() -> None:
    big = {}
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > MAX_CLASS_LINES:
                    big[f"{path.relative_to(PACKAGE)}:{node.name}"] = size
    assert big == {}, f"split these classes into parts: {big}"
