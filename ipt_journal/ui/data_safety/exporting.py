"""Export from the menu: what goes in the file (format, entries, dates, names), then the export off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.entries import EntrySummary
from ipt_journal.services import data_safety
from ipt_journal.ui import dialogs
from ipt_journal.ui.data_safety import entry_picker
from ipt_journal.ui.data_safety.tasks import BackgroundTask, run_in_background
from ipt_journal.ui.widgets import label
from ipt_journal.services.session import Vault


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # json | md | pdf
    path: Path
    date_from: datetime | None = None
    date_to: datetime | None = None  # exclusive
    names: tuple[str, ...] | None = None  # None: keep names as written
    what: str = "entries"  # entries | agenda | goals (md and pdf)
    ids: tuple[int, ...] | None = None  # entries picked one by one




SUGGESTED_NAMES = {"entries": "journal", "selected": "journal", "agenda": "next-session", "goals": "goals"}


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, entries: Callable[[], list[EntrySummary]] | None = None) -> None:
        super().__init__(parent)
        self._entries = entries
        self.picked: tuple[int, ...] = ()
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(620)
        box = QVBoxLayout(self)
        box.setSpacing(12)
        box.addWidget(label(self.tr("Export writes a copy to a file you choose, to read, print or move to another "
                                    "computer. Before anything is written, you will be asked once more."), "hint"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for text, value in ((self.tr("Markdown (.md), to read or print"), "md"), (self.tr("PDF, to read or print"), "pdf"),
                            (self.tr("Everything, to move to another computer (.json)"), "json")):
            self.format.addItem(text, value)
        form.addRow(self.tr("Format"), self.format)
        self.what = QComboBox()
        self.what.setAccessibleName(self.tr("What to export"))
        # What an export holds: (words in the dialog, value). "selected" is entries picked from a list.
        for text, value in (
            (self.tr("My entries, all or between two dates"), "entries"),
            (self.tr("Entries I pick from a list"), "selected"),
            (self.tr("My list for next session, and past sessions"), "agenda"),
            (self.tr("My goals and check-ins"), "goals"),
        ):
            self.what.addItem(text, value)
        form.addRow(self.tr("What"), self.what)
        for combo in (self.format, self.what):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMaximumWidth(460)
        self.use_dates = QCheckBox(self.tr("Only between"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        for d, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            d.setCalendarPopup(True)
            d.setAccessibleName(name)
            d.setDisplayFormat("yyyy-MM-dd")
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(label(self.tr("and"), wrap=False))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form.addRow(self.tr("Dates"), self.dates)
        self.pick = QPushButton(self.tr("Choose entries\u2026"))
        self.pick.setAccessibleName(self.tr("Choose the entries to export"))
        self.pick.clicked.connect(self.choose_entries)
        self.picked_label = label("", "hint", wrap=False)
        self.picker_row = QWidget()
        prow = QHBoxLayout(self.picker_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.pick)
        prow.addWidget(self.picked_label, 1)
        form.addRow(self.tr("Entries"), self.picker_row)
        self.replace_names = QCheckBox(self.tr("Replace other members' names"))
        self.names_hint = label(self.tr("Names from your feedback forms, and any you add here, become "
                                        "Member A, Member B\u2026"), "hint")
        self.names_hint.setMinimumWidth(400)
        self.names = QLineEdit()
        self.names.setPlaceholderText(self.tr("More names or initials, separated by commas"))
        self.names.setAccessibleName(self.tr("Names to replace"))
        form.addRow(self.tr("Names"), self.replace_names)
        form.addRow("", self.names)
        form.addRow("", self.names_hint)
        self.everything = label(self.tr("A .json file holds everything in your journal exactly as written, so another "
                                        "computer can import it."), "hint")
        self.everything.setMinimumWidth(400)
        form.addRow(self.tr("What"), self.everything)
        self.form = form
        box.addLayout(form)
        box.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Choose file\u2026"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._sync)
        self.what.currentIndexChanged.connect(self._sync)
        self.use_dates.toggled.connect(self._sync)
        self.replace_names.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        plain = self.format.currentData() != "json"
        what = self.what.currentData()
        self.form.setRowVisible(self.what, plain)
        self.form.setRowVisible(self.everything, not plain)
        for row in (self.replace_names, self.names, self.names_hint):
            self.form.setRowVisible(row, plain)
        self.form.setRowVisible(self.dates, plain and what == "entries")
        self.form.setRowVisible(self.picker_row, plain and what == "selected")
        self.use_dates.setEnabled(plain and what == "entries")
        for w in (self.date_from, self.date_to):
            w.setEnabled(self.use_dates.isEnabled() and self.use_dates.isChecked())
        self.replace_names.setEnabled(plain)
        self.names.setEnabled(plain and self.replace_names.isChecked())
        n = len(self.picked)
        self.picked_label.setText(
            self.tr("None chosen yet") if n == 0 else (
                self.tr("1 entry chosen") if n == 1 else self.tr("%1 entries chosen").replace("%1", str(n)))
        )
        self.ok.setEnabled(not (plain and what == "selected" and n == 0))

    def choose_entries(self) -> None:
        entries = self._entries() if self._entries is not None else []
        if not entries:
            dialogs.inform(self, self.tr("Choose entries"), self.tr("There are no entries to choose from yet. "
                                                                    "Write one first, then come back here."))
            return
        ids = entry_picker.ask_entries(self, entries, self.picked)
        if ids is not None:
            self.picked = ids
            self._sync()

    def selection(self) -> str:
        """What the file will hold: entries | selected | agenda | goals (json: everything)."""
        return "everything" if self.format.currentData() == "json" else str(self.what.currentData())

    def choice(self, path: Path) -> ExportChoice:
        fmt = self.format.currentData()
        if fmt == "json":
            return ExportChoice(fmt, path)
        names = None
        if self.replace_names.isChecked():
            names = tuple(n.strip() for n in self.names.text().split(",") if n.strip())
        what = self.what.currentData()
        if what == "selected":
            return ExportChoice(fmt, path, names=names, ids=self.picked)
        if what in ("agenda", "goals"):
            return ExportChoice(fmt, path, names=names, what=what)
        date_from = date_to = None
        if self.use_dates.isChecked():
            start, end = sorted((self.date_from.date().toPython(), self.date_to.date().toPython()))
            date_from = datetime.combine(start, time()).astimezone()
            date_to = datetime.combine(end + timedelta(days=1), time()).astimezone()
        return ExportChoice(fmt, path, date_from, date_to, names)


def ask_export_options(parent: QWidget | None, vault: Vault | None = None) -> ExportChoice | None:
    def timeline() -> list[EntrySummary]:
        if vault is None:
            return []
        return data_safety.entries_to_choose(vault)

    dialog = ExportDialog(parent, timeline)
    if not dialog.exec():
        return None
    fmt = dialog.format.currentData()
    stem = "ipt-journal" if fmt == "json" else f"ipt-journal-{SUGGESTED_NAMES[dialog.selection()]}"
    path = dialogs.ask_save_path(
        parent, QCoreApplication.translate("Export", "Export to"), f"{stem}.{fmt}",
        QCoreApplication.translate("Export", "%1 files (*.%2)").replace("%1", fmt.upper()).replace("%2", fmt),
    )
    return dialog.choice(Path(path)) if path else None


def export(parent: QWidget, vault: Vault) -> BackgroundTask | None:
    """Ask what to export and where, warn that the file is plain, then write it off the UI thread."""
    choice = ask_export_options(parent, vault)
    if choice is None:
        return None
    title = QCoreApplication.translate("Export", "Export")
    if not dialogs.confirm(parent, title, QCoreApplication.translate(
        "Export", "The exported file is not encrypted: anyone who can open the file can read it. "
        "Keep it somewhere private, and delete it when you no longer need it."
    ), yes=QCoreApplication.translate("Export", "Export")):
        return None

    def work(handle: Vault | None, progress: Callable[[int, int], None]) -> str:
        assert handle is not None
        if choice.fmt == "json":
            records = data_safety.export_to(handle, "json", choice.path, progress=progress, overwrite=True)
            return QCoreApplication.translate("Export", "%1 records").replace("%1", str(records))
        doc = data_safety.plain_document(
            handle, choice.what, date_from=choice.date_from, date_to=choice.date_to, ids=choice.ids,
            names=choice.names, progress=progress,
        )
        if choice.fmt == "pdf":
            from ipt_journal.ui.pdf import write_document_pdf

            write_document_pdf(doc, choice.path, overwrite=True)  # Qt's save dialog asked
        else:
            data_safety.write_markdown(doc, choice.path, overwrite=True)
        return doc.summary

    return run_in_background(
        parent, title, QCoreApplication.translate("Export", "Exporting\u2026"), work, vault=vault,
        on_success=lambda summary: dialogs.inform(parent, title, QCoreApplication.translate(
            "Export", "Saved %1 to %2. Remember: this file is not encrypted."
        ).replace("%1", summary).replace("%2", str(choice.path))),
    )
