"""The reflection forms' fields in the editor, including the feelings field (word and strength)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from ipt_journal.domain.entries import FEELING_KEYS, FORMS, Feeling, FieldSpec, key_for, label
from ipt_journal.ui.editor.words import field_label, field_placeholder
from ipt_journal.ui.flow import flow_of


class FeelingsField(QWidget):
    """Feeling words with a strength; offered words are kept by key, your own words as typed."""

    changed = Signal()  # the list of feelings changed

    def __init__(self) -> None:
        super().__init__()
        self.word = QComboBox()
        self.word.setEditable(True)
        for key in FEELING_KEYS:
            self.word.addItem(label(key), key)
        self.word.setCurrentText("")
        self.word.setAccessibleName(self.tr("Feeling word, or your own words"))
        self.word.setMinimumContentsLength(8)
        self.word.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.intensity = QSpinBox()
        self.intensity.setRange(0, 10)
        self.intensity.setValue(5)
        self.intensity.setAccessibleName(self.tr("How strong, 0 to 10"))
        strength = QLabel(self.tr("Strength"))
        strength.setBuddy(self.intensity)
        self.add_button = QPushButton(self.tr("Add feeling"))
        self.add_button.clicked.connect(self._add)
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.list.setAccessibleName(self.tr("Feelings in this entry (Delete removes one)"))
        self.list.itemDoubleClicked.connect(self._remove)
        # the word on its own row; strength and the button below it, the button on a line of its own
        # when the editor is narrow, so nothing is cut
        how_strong = QWidget()
        pair = QHBoxLayout(how_strong)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(strength)
        pair.addWidget(self.intensity)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.word)
        box.addWidget(flow_of(how_strong, self.add_button))
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
        key = key_for(name)  # an offered word in any language is kept by its key
        self._feelings = [f for f in self._feelings if f.name.casefold() != key.casefold()]
        self._feelings.append(Feeling(key, self.intensity.value()))
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
            shown = label(f.name)
            text = self.tr("%1 — %2/10").replace("%1", shown).replace("%2", str(f.intensity)) \
                if f.intensity is not None else shown
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, f.name)
            self.list.addItem(item)

    def set_feelings(self, feelings: tuple[Feeling, ...]) -> None:
        self._feelings = [Feeling(key_for(f.name), f.intensity) for f in feelings]
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
            widget = self._field_widget(kind, field)
            self._field_widgets[field.key] = widget
            name = QLabel(field_label(kind, field))
            name.setWordWrap(True)  # a long label (in Spanish, at large text) wraps instead of widening the form
            name.setBuddy(widget)
            self.form_layout.addRow(name, widget)
        self.form_box.setVisible(bool(self._field_widgets))
        # forms that ask "with whom" (feedback, a trigger) name the people in the same row
        has_who = kind in ("feedback", "trigger")
        self.people.set_title(QCoreApplication.translate("FormPart", "With whom, from your people") if has_who
                              else QCoreApplication.translate("FormPart", "People in this entry"))

    def _field_widget(self, kind: str, field: FieldSpec) -> QWidget:
        if field.kind == "feelings":
            w = FeelingsField()
            w.changed.connect(self._changed)
        elif field.kind == "choice":
            w = QComboBox()
            w.addItem("", None)
            for key in field.choice_keys:
                w.addItem(label(key), key)  # shown in the language in use, stored by key
            w.currentIndexChanged.connect(self._changed)
        elif field.kind == "text":
            w = QPlainTextEdit()
            w.setMaximumHeight(90)
            w.setTabChangesFocus(True)
            w.textChanged.connect(self._changed)
        else:
            w = QLineEdit()
            w.setPlaceholderText(field_placeholder(kind, field))
            w.textChanged.connect(self._changed)
        w.setAccessibleName(field_label(kind, field))
        return w


def choice_index(widget: QComboBox, stored: object) -> int:
    """The row of a stored choice, whether it was kept as a key or (older vaults) as a label."""
    if not stored:
        return 0
    idx = widget.findData(key_for(str(stored)))
    return idx if idx >= 0 else max(widget.findText(str(stored)), 0)
