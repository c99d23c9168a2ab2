"""PDF export: the services' documents (the Markdown export's sections, the review) laid out by QTextDocument.

Rendered into memory and written atomically to the target, so no partial file is left.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ipt_journal.services import data_safety
from ipt_journal.services.data_safety import PlainDocument, Progress, Section
from ipt_journal.services.session import Vault
from ipt_journal.ui import style


def ensure_gui_app() -> None:
    """Fonts need an application object; the command line makes an offscreen one when there is no display.

    A QApplication (not just a QGuiApplication), so widgets can still be made later in the same process.
    """
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_app.app = QApplication([])  # type: ignore[attr-defined]


def _text_html(text: str) -> str:
    lines = text.splitlines()
    if lines and all(line.startswith("- ") for line in lines):
        return "<ul>" + "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines) + "</ul>"
    return "<p>" + "<br/>".join(html.escape(line) for line in lines) + "</p>"


def sections_html(secs: Iterable[Section], title: str, subtitle: str = "") -> str:
    parts = [f"<h1>{html.escape(title)}</h1>"]
    if subtitle:
        parts.append(f"<p><i>{html.escape(subtitle)}</i></p>")
    for s in secs:
        level = min(max(s.level, 2), 4)
        parts.append(f"<h{level}>{html.escape(s.heading)}</h{level}>")
        if s.details:
            parts.append(f"<p><i>{html.escape(s.details)}</i></p>")
        for label, text in s.parts:
            if label:
                parts.append(f"<p class='label'><b>{html.escape(label)}</b></p>")
            if text:
                parts.append(_text_html(text))
    return "\n".join(parts)


def render_pdf(secs: Sequence[Section], title: str = "My journal", subtitle: str = "") -> bytes:
    return html_to_pdf(sections_html(secs, title, subtitle), title)


def document_pdf(doc: PlainDocument) -> bytes:
    ensure_gui_app()
    return render_pdf(doc.sections, doc.title, doc.subtitle)


def html_to_pdf(body_html: str, title: str) -> bytes:
    """Lay out calm HTML on A4 pages in memory; the caller writes the bytes atomically."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(  # paper is light, whatever the screen's scheme: the light table's accent
        "h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 16px; } "
        f"h3 {{ font-size: 12.5pt; color: {style.LIGHT.accent}; margin-top: 12px; }} "
        "p, li { font-size: 11pt; } p.label { margin-bottom: 0px; }"
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


def write_document_pdf(doc: PlainDocument, dest: Path, *, overwrite: bool = True) -> None:
    """Render in memory, then write straight to dest (checked, complete or not at all: vault.targets)."""
    data_safety.write_document_bytes(document_pdf(doc), dest, overwrite=overwrite)


def write_pdf_export(vault: Vault, dest: Path, *, progress: Progress | None = None, **selection: Any) -> int:
    """A PDF of what data_safety.ExportRequest(**selection) names, written atomically to dest; returns the count."""
    doc = data_safety.plain_document(vault, progress=progress, **selection)
    write_document_pdf(doc, dest, overwrite=True)  # the save dialog has asked
    return doc.count


def review_html(vault: Vault, status_line: str) -> str:
    """The review before group as the page shows it (the same document its PDF prints)."""
    doc = data_safety.review_document(vault, status_line)
    return sections_html(doc.sections, doc.title, doc.subtitle)


def write_review_pdf(vault: Vault, status_line: str, dest: Path) -> None:
    """The review before group as a PDF at dest, written atomically (no partial file, no temp copy elsewhere)."""
    write_document_pdf(data_safety.review_document(vault, status_line), dest)
