"""PDF export: the same sections as the Markdown export, laid out by QTextDocument and QPdfWriter.

Rendered into memory and written atomically to the target, so no partial file is left.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ipt_journal.vault.atomic import atomic_write_bytes
from ipt_journal.vault.export import Progress, Section, member_names, pseudonymizer, sections, select_entries
from ipt_journal.vault.vault import Vault


def ensure_gui_app() -> None:
    """Fonts need an application object; the command line makes an offscreen one when there is no display.

    A QApplication (not just a QGuiApplication), so widgets can still be made later in the same process.
    """
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_app.app = QApplication([])  # type: ignore[attr-defined]


def sections_html(secs: Iterable[Section], title: str) -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    for s in secs:
        parts.append(f"<h2>{html.escape(s.heading)}</h2>")
        if s.details:
            parts.append(f"<p><i>{html.escape(s.details)}</i></p>")
        for label, text in s.parts:
            body = "<br/>".join(html.escape(line) for line in text.splitlines())
            if label:
                parts.append(f"<p><b>{html.escape(label)}:</b><br/>{body}</p>")
            else:
                parts.append(f"<p>{body}</p>")
    return "\n".join(parts)


def render_pdf(secs: Sequence[Section], title: str = "My journal") -> bytes:
    return html_to_pdf(sections_html(secs, title), title)


def html_to_pdf(body_html: str, title: str) -> bytes:
    """Lay out calm HTML on A4 pages in memory; the caller writes the bytes atomically."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(
        "h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14px; } h3 { color: #4f7a8a; } p { font-size: 11pt; }"
    )
    doc.setHtml(body_html)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("IPT Journal")
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf_export(
    vault: Vault,
    dest: Path,
    *,
    date_from: datetime | None = None,
    date_to: datetime | None = None,
    ids: Iterable[int] | None = None,
    names: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> int:
    ensure_gui_app()
    entries = select_entries(vault, date_from=date_from, date_to=date_to, ids=ids, progress=progress)
    replace = pseudonymizer(member_names(entries, names)) if names is not None else (lambda s: s)
    atomic_write_bytes(dest, render_pdf(sections(entries, replace)))
    return len(entries)
