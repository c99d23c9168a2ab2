"""The reflection forms' fields in the editor, including the feelings field (word and strength)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.entries import FEELING_WORDS, FORMS, Feeling, FieldSpec


class FeelingsField(QWidget):
    changed = Signal()  # the list of feelings changed

    def __init__(self) -> None:
        super().__init__()
        self.word = QComboBox()
        self.word.setEditable(True)
        self.word.addItems(FEELING_WORDS)
        self.word.setCurrentText("")
        self.word.setAccessibleName("Feeling word, or your own words")
        self.intensity = QSpinBox()
        self.intensity.setRange(0, 10)
        self.intensity.setValue(5)
        self.intensity.setAccessibleName("How strong, 0 to 10")
        add = QPushButton("Add")
        add.clicked.connect(self._add)
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.list.setAccessibleName("Feelings in this entry (Delete removes one)")
        self.list.itemDoubleClicked.connect(self._remove)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.word, 3)
        row.addWidget(QLabel("strength"))
        row.addWidget(self.intensity)
        row.addWidget(add)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.list)
        self._feelings: list[Feeling] = []

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.list.currentItem():
            self._remove(self.list.currentItem())
        else:
            super().keyPressEvent(event)

    def _add(self) -> None:
        name = " ".join(self.word.currentText().split())[:60]
        if not name:
            return
        self._feelings = [f for f in self._feelings if f.name.casefold() != name.casefold()]
        self._feelings.append(Feeling(name, self.intensity.value()))
        self.word.setCurrentText("")
        self._refresh()
        self.changed.emit()

    def _remove(self, item: QListWidgetItem) -> None:
        self._feelings = [f for f in self._feelings if f.name != item.data(Qt.ItemDataRole.UserRole)]
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        self.list.clear()
        for f in self._feelings:
            item = QListWidgetItem(f"{f.name} — {f.intensity}/10" if f.intensity is not None else f.name)
            item.setData(Qt.ItemDataRole.UserRole, f.name)
            self.list.addItem(item)

    def set_feelings(self, feelings: tuple[Feeling, ...]) -> None:
        self._feelings = list(feelings)
        self._refresh()

    def feelings(self) -> tuple[Feeling, ...]:
        return tuple(self._feelings)


class FormPart:
    """The fields of the entry's reflection form, built for its kind."""

    def _build_form(self, kind: str) -> None:
        while self.form_layout.rowCount():
            self.form_layout.removeRow(0)
        self._field_widgets = {}
        spec = FORMS.get(kind)
        for field in spec.fields if spec else ():
            widget = self._field_widget(field)
            self._field_widgets[field.key] = widget
            self.form_layout.addRow(field.label, widget)
        self.form_box.setVisible(bool(self._field_widgets))

    def _field_widget(self, field: FieldSpec) -> QWidget:
        if field.kind == "feelings":
            w = FeelingsField()
            w.changed.connect(self._changed)
        elif field.kind == "choice":
            w = QComboBox()
            w.addItem("")
            w.addItems(list(field.choices))
            w.currentIndexChanged.connect(self._changed)
        elif field.kind == "text":
            w = QPlainTextEdit()
            w.setMaximumHeight(90)
            w.setTabChangesFocus(True)
            w.textChanged.connect(self._changed)
        else:
            w = QLineEdit()
            w.setPlaceholderText(field.placeholder)
            w.textChanged.connect(self._changed)
        w.setAccessibleName(field.label)
        return w
