"""The support plan editor: one section at a time, guided the first time; every section may stay empty.

Saves on every step and when it closes (locking closes it too), so nothing typed here is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.support import CONTACT_SECTIONS, MAX_ITEMS, SECTIONS, InvalidPlan, PlanItem, SupportPlan, lines_to_items
from ipt_journal.ui import dialogs, style
from ipt_journal.ui.support.words import section_about, section_hint, section_short, section_title
from ipt_journal.ui.widgets import label
from ipt_journal.vault.errors import VaultError
from ipt_journal.vault.support_plan import SupportPlanRepository


class ContactRows(QWidget):
    """Names and how to reach them, one row each; a new empty row is always at hand."""

    def __init__(self, key: str, items: tuple[PlanItem, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(label(self.tr("Name"), "hint"), 0, 0)
        self.grid.addWidget(label(self.tr("How to reach them"), "hint"), 0, 1)
        self.rows: list[tuple[QLineEdit, QLineEdit, PlanItem | None]] = []
        for item in items:
            self.add_row(item)
        for _ in range(max(0, 3 - len(items))):
            self.add_row()
        add = QPushButton(self.tr("Add another"))
        add.clicked.connect(lambda: self.add_row().setFocus())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.grid)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        box.addLayout(row)

    def add_row(self, item: PlanItem | None = None) -> QLineEdit:
        if len(self.rows) >= MAX_ITEMS:
            return self.rows[-1][0]
        name, reach = QLineEdit(item.text if item else ""), QLineEdit(item.reach if item else "")
        n = len(self.rows) + 1
        name.setAccessibleName(self.tr("Name %1").replace("%1", str(n)))
        reach.setAccessibleName(self.tr("How to reach them, %1").replace("%1", str(n)))
        name.setPlaceholderText(self.tr("e.g. my sister Ana, my sponsor"))
        reach.setPlaceholderText(self.tr("a number, or where to find them"))
        self.grid.addWidget(name, n, 0)
        self.grid.addWidget(reach, n, 1)
        self.rows.append((name, reach, item))
        return name

    def items(self) -> list[PlanItem]:
        out = []
        for name, reach, item in self.rows:
            if not name.text().strip() and not reach.text().strip():
                continue
            if item is not None:
                out.append(item.with_changes(text=name.text(), reach=reach.text()))
            else:
                out.append(PlanItem(self.key, name.text(), reach.text()))
        return out


class LinesField(QPlainTextEdit):
    def __init__(self, key: str, items: tuple[PlanItem, ...], parent: QWidget | None = None) -> None:
        super().__init__("\n".join(i.text for i in items), parent)
        self.key = key
        self.original = items
        self.setTabChangesFocus(True)
        self.setAccessibleName(section_title(key))

    def items(self) -> list[PlanItem]:
        return lines_to_items(self.key, self.toPlainText(), self.original)


class PlanEditor(QDialog):
    def __init__(self, repo: SupportPlanRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle(self.tr("My support plan"))
        self.resize(820, 560)
        plan = repo.get()
        self.first_time = plan.is_empty
        self.setObjectName("plan_editor")
        c = style.current()  # light or dark, as the rest of the app
        self.setStyleSheet(
            f"QDialog#plan_editor {{ background: {c.window}; }} "
            f"QListWidget#plan_steps {{ background: {c.panel}; border: none; padding-top: 6px; }} "
            f"QListWidget#plan_steps::item {{ padding: 8px 10px; border-radius: 6px; margin: 2px 4px; color: {c.text}; }} "
            f"QListWidget#plan_steps::item:selected {{ background: {c.selected}; color: {c.text}; }}"
        )
        self.steps = QListWidget()
        self.steps.setObjectName("plan_steps")
        self.steps.setAccessibleName(self.tr("Parts of the plan"))
        self.steps.addItems([self.tr("%1. %2").replace("%1", str(n)).replace("%2", section_short(k))
                             for n, k in enumerate(SECTIONS, 1)])
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.ensurePolished()  # the style sheet's font size decides how wide the steps must be
        widest = max(self.steps.fontMetrics().horizontalAdvance(self.steps.item(i).text()) for i in range(len(SECTIONS)))
        self.steps.setFixedWidth(widest + 56)
        self.pages = QStackedWidget()
        self.fields: dict[str, ContactRows | LinesField] = {}
        for key in SECTIONS:
            field: ContactRows | LinesField
            if key in CONTACT_SECTIONS:
                field = ContactRows(key, plan.section(key))
            else:
                field = LinesField(key, plan.section(key))
            self.fields[key] = field
            page = QWidget()
            box = QVBoxLayout(page)
            box.addWidget(label(section_title(key), "title"))
            box.addWidget(label(section_about(key), "subtitle"))
            box.addWidget(label(section_hint(key), "hint"))
            box.addWidget(field, 1 if key not in CONTACT_SECTIONS else 0)
            if key in CONTACT_SECTIONS:
                box.addStretch(1)
            self.pages.addWidget(page)
        self.steps.currentRowChanged.connect(self._go)
        self.message = label("", "hint")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self.steps.setCurrentRow(max(0, self.steps.currentRow() - 1)))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_step)
        done = QPushButton(self.tr("Save and close"))
        done.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        row.addWidget(done)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.pages, 1)
        box = QVBoxLayout(self)
        if self.first_time:
            box.addWidget(label(self.tr(
                "Let's go through it one part at a time. Write as much or as little as feels right; you can skip "
                "any part and come back whenever you like."), "hint"))
        box.addLayout(body, 1)
        box.addLayout(row)
        self.steps.setCurrentRow(0)

    def collect(self) -> SupportPlan:
        items: list[PlanItem] = []
        for key in SECTIONS:
            items.extend(self.fields[key].items())
        return SupportPlan(tuple(items))

    def save(self) -> bool:
        try:
            saved = self.repo.save(self.collect())
        except (VaultError, OSError, InvalidPlan) as exc:
            self.message.setText(self.tr("Not saved yet (%1); what you wrote is still here.")
                                 .replace("%1", type(exc).__name__))
            return False
        self._reload_ids(saved)
        self.message.setText(self.tr("Saved"))
        return True

    def _reload_ids(self, saved: SupportPlan) -> None:
        # The next save must update these rows, not add them again.
        for key, field in self.fields.items():
            mine = saved.section(key)
            if isinstance(field, LinesField):
                field.original = mine
            else:
                fresh = iter(mine)  # saved in row order, empty rows left out
                field.rows = [
                    (name, reach, next(fresh, None) if (name.text().strip() or reach.text().strip()) else None)
                    for name, reach, _item in field.rows
                ]

    def _go(self, row: int) -> None:
        if row < 0:
            return
        if self.pages.currentIndex() != row:
            self.save()
        self.pages.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        last = row == len(SECTIONS) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        field = self.fields[SECTIONS[row]]
        (field.rows[0][0] if isinstance(field, ContactRows) else field).setFocus()

    def next_step(self) -> None:
        row = self.steps.currentRow()
        if row >= len(SECTIONS) - 1:
            self.accept()
        else:
            self.steps.setCurrentRow(row + 1)

    def done(self, result: int) -> None:  # accept, reject, Esc, closing and locking all pass here
        if not self.save() and result == QDialog.DialogCode.Accepted:
            if not dialogs.confirm(self, self.tr("Not saved yet"), self.tr(
                    "Your plan could not be saved just now. Close anyway and lose these changes?"),
                    yes=self.tr("Close anyway")):
                return
        super().done(result)
