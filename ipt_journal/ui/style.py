"""One calm look for every screen, light or dark: colours from one table, sizes from the system font.

The same colour table fills the application palette (so widgets that keep the platform's look,
like combo and spin boxes, follow dark mode too) and the style sheet. Type sizes are multiples of
the application font, so a larger system text makes every screen larger.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

SCHEMES = ("system", "light", "dark")
PREF_KEY = "color_scheme"  # a preference, never member text
MIN_PT = 11.0  # the smallest body text we use, in points


@dataclass(frozen=True)
class Colors:
    window: str  # the calm background behind every screen
    panel: str  # the section list and quiet panels
    base: str  # text fields and cards
    text: str  # body text on base and window
    soft: str  # hints and secondary lines (still >= 4.5:1)
    border: str  # field and button borders (>= 3:1 against window and base)
    accent: str  # primary buttons, selection, focus ring
    on_accent: str  # text on the accent
    selected: str  # the chosen section
    warm: str  # a gentle note that something needs attention (never alarm red)
    mark: str  # highlighted search words


LIGHT = Colors(
    window="#f7f5f2", panel="#ece8e2", base="#ffffff", text="#1f2b33", soft="#4e5962",
    border="#857c72", accent="#3f6877", on_accent="#ffffff", selected="#d3e1e6",
    warm="#87452a", mark="#fbeec9",
)
DARK = Colors(
    window="#1c2124", panel="#252b2f", base="#2a3135", text="#e9e7e4", soft="#b9c0c5",
    border="#87939a", accent="#8cc0d1", on_accent="#0f1a1f", selected="#34505b",
    warm="#e7b08f", mark="#5b4a1c",
)


# Data colours, the same in light and dark (they stand for a value, not for the scheme): the feelings
# ramp from orange (unpleasant) through pale to blue (pleasant) reads for the common colour-vision
# differences and in grey, and it never uses red. A day with only the member's own words is grey.
FEELINGS_RAMP = ((-5.0, "#b35806"), (-2.5, "#f1a340"), (0.0, "#ded6be"), (2.5, "#74a9cf"), (5.0, "#0570b0"))
OWN_WORDS_GREY = "#969696"


def colors_for(scheme: str) -> Colors:
    if scheme == "dark":
        return DARK
    if scheme == "light":
        return LIGHT
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def current() -> Colors:
    """The colours in use now (for the few places that draw or write rich text themselves)."""
    app = QGuiApplication.instance()
    window = app.palette().color(QPalette.ColorRole.Window) if app else QColor(LIGHT.window)
    return DARK if window.lightness() < 128 else LIGHT


def palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window), (role.WindowText, c.text), (role.Base, c.base),
        (role.AlternateBase, c.panel), (role.Text, c.text), (role.Button, c.base),
        (role.ButtonText, c.text), (role.Highlight, c.accent), (role.HighlightedText, c.on_accent),
        (role.ToolTipBase, c.base), (role.ToolTipText, c.text), (role.PlaceholderText, c.soft),
        (role.Link, c.accent), (role.Mid, c.border), (role.Dark, c.border), (role.Light, c.base),
    ):
        p.setColor(r, QColor(value))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(c.soft))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(c.soft))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(c.soft))
    return p


def stylesheet(c: Colors, base_pt: float = 11.0) -> str:
    def pt(factor: float) -> str:
        return f"{base_pt * factor:.1f}pt"

    return f"""
QWidget {{ font-size: {pt(1.0)}; }}
QMainWindow, QStackedWidget#pages, QDialog {{ background: {c.window}; color: {c.text}; }}
QLabel {{ color: {c.text}; }}
QLabel#title {{ font-size: {pt(1.6)}; font-weight: 600; }}
QLabel#subtitle {{ font-size: {pt(1.1)}; color: {c.soft}; }}
QLabel#hint {{ color: {c.soft}; }}
QLabel#error {{ color: {c.warm}; }}
QLabel#card, QFrame#card {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 8px; padding: 14px; }}
QLabel#prompt {{ font-size: {pt(1.25)}; }}
QLabel#code {{ font-family: monospace; font-size: {pt(1.45)}; letter-spacing: 2px; background: {c.base};
              border: 1px dashed {c.border}; border-radius: 6px; padding: 12px; }}
QListWidget#nav {{ background: {c.panel}; border: none; padding-top: 8px; min-width: 130px;
                  max-width: {int(base_pt * 14.5)}px; }}
QListWidget#nav::item {{ padding: 10px 14px; border-radius: 6px; margin: 2px 6px; color: {c.text}; }}
QListWidget#nav::item:selected {{ background: {c.selected}; color: {c.text}; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid {c.border}; background: {c.base};
              color: {c.text}; }}
QPushButton:hover {{ background: {c.panel}; }}
QPushButton:checked {{ background: {c.selected}; border: 2px solid {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; }}
QPushButton:disabled {{ color: {c.soft}; }}
QPushButton#primary {{ background: {c.accent}; color: {c.on_accent}; border: 1px solid {c.accent}; }}
QPushButton#primary:hover {{ background: {c.accent}; }}
QPushButton#primary:focus {{ border: 2px solid {c.text}; }}
QPushButton#primary:disabled {{ background: {c.panel}; color: {c.soft}; border: 1px solid {c.border}; }}
QLineEdit, QTextEdit, QPlainTextEdit {{
    background: {c.base}; color: {c.text}; border: 1px solid {c.border}; border-radius: 5px; padding: 4px; }}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {c.accent}; }}
/* Combo boxes, spin boxes and date editors keep the platform's own look (a border rule here
   would hide their arrow buttons); the palette gives them the same colours. */
QTextEdit#body {{ padding: 8px; font-size: {pt(1.1)}; }}
"""


STYLE = stylesheet(LIGHT)  # the light sheet at the default size, for screens shown on their own


def apply(app: QGuiApplication, scheme: str = "system") -> Colors:
    """Give the whole application the palette and style sheet for scheme, sized from its font."""
    c = colors_for(scheme if scheme in SCHEMES else "system")
    app.setPalette(palette(c))
    font = app.font()
    if 0 < font.pointSizeF() < MIN_PT:  # a tiny platform default is raised; a larger one is followed
        font.setPointSizeF(MIN_PT)
        app.setFont(font)
    size = app.font().pointSizeF()
    app.setStyleSheet(stylesheet(c, size if size > 0 else MIN_PT))
    return c


def chosen(prefs) -> str:  # type: ignore[no-untyped-def]
    """The member's colour scheme from Preferences; anything odd there means the system's."""
    value = str(prefs.value(PREF_KEY, "system")) if prefs is not None else "system"
    return value if value in SCHEMES else "system"


_following: list[object] = []  # the one live connection to the system's scheme, kept alive here


def follow_system(app: QGuiApplication, scheme: Callable[[], str]) -> None:
    """When the desktop turns dark or light, follow it at once, as long as the member chose "System"."""
    if _following:
        return

    def changed(*_: object) -> None:
        if scheme() == "system":
            apply(app, "system")

    app.styleHints().colorSchemeChanged.connect(changed)
    _following.append(changed)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""

    def lum(hex_colour: str) -> float:
        col = QColor(hex_colour)
        parts = []
        for v in (col.redF(), col.greenF(), col.blueF()):
            parts.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mix(a: str, b: str, t: float) -> str:
    """#rrggbb a moved a fraction t of the way to b: tints derived from the table, so they follow the scheme."""
    ca, cb = QColor(a).getRgb()[:3], QColor(b).getRgb()[:3]
    return QColor(*(round(x + (y - x) * t) for x, y in zip(ca, cb))).name()


def ink_on(fill: str) -> str:
    """Words drawn on a data colour (not on the scheme's background): the light table's text or its white
    field, whichever stands out more on that fill."""
    return max((LIGHT.text, LIGHT.base), key=lambda ink: contrast(ink, fill))
