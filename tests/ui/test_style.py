"""Colours come from one table with enough contrast in light and dark; sizes follow the app font."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ipt_journal.ui import style


@pytest.mark.parametrize("colors", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_text_contrast_is_at_least_4_5(colors: style.Colors) -> None:
    for fg, bg in ((colors.text, colors.base), (colors.text, colors.window), (colors.text, colors.panel),
                   (colors.soft, colors.base), (colors.soft, colors.window), (colors.warm, colors.window),
                   (colors.on_accent, colors.accent), (colors.text, colors.selected), (colors.text, colors.mark)):
        assert style.contrast(fg, bg) >= 4.5, (fg, bg)


@pytest.mark.parametrize("colors", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_borders_and_focus_ring_are_at_least_3_to_1(colors: style.Colors) -> None:
    for edge in (colors.border, colors.accent):
        for bg in (colors.base, colors.window):
            assert style.contrast(edge, bg) >= 3.0, (edge, bg)


def test_contrast_formula_matches_known_values() -> None:
    assert style.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert style.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_dark_scheme_sets_a_dark_palette_and_sheet(qapp: QApplication) -> None:
    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    try:
        style.apply(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert style.current() is style.DARK and style.DARK.window in qapp.styleSheet()
        style.apply(qapp, "light")
        assert style.current() is style.LIGHT
    finally:
        qapp.setPalette(before_palette)
        qapp.setStyleSheet(before_sheet)


def test_type_sizes_follow_the_application_font() -> None:
    small, large = style.stylesheet(style.LIGHT, 11.0), style.stylesheet(style.LIGHT, 16.5)
    assert "font-size: 17.6pt" in small and "font-size: 26.4pt" in large  # the title is 1.6x the body
    assert "max-width: 159px" in small and "max-width: 239px" in large  # the section list grows with its words


@pytest.mark.parametrize("colors", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_a_main_button_that_cannot_be_pressed_yet_does_not_look_pressable(colors: style.Colors) -> None:
    sheet = style.stylesheet(colors)
    rule = sheet.split("QPushButton#primary:disabled {")[1].split("}")[0]
    assert f"background: {colors.panel}" in rule and colors.accent not in rule
    assert style.contrast(colors.soft, colors.panel) >= 4.5  # its words still readable


def test_mix_moves_between_two_table_colours() -> None:
    assert style.mix("#000000", "#ffffff", 0.5) == "#808080"
    assert style.mix(style.DARK.base, style.DARK.accent, 0) == style.DARK.base
    assert style.mix(style.DARK.base, style.DARK.accent, 1) == style.DARK.accent


def test_day_numbers_on_the_feelings_colours_take_the_clearer_ink() -> None:
    from ipt_journal.ui.insights.words import mood_colour

    fills = [mood_colour(v / 10).name() for v in range(-50, 51)] + [style.OWN_WORDS_GREY]
    for fill in fills:
        ink = style.ink_on(fill)
        assert ink in (style.LIGHT.text, style.LIGHT.base)
        assert style.contrast(ink, fill) >= max(style.contrast(style.LIGHT.text, fill), style.contrast("#ffffff", fill))
    # the deepest oranges allow neither ink 4.5:1; 3.8:1 is the best the ramp allows (was 2.9:1)
    assert min(style.contrast(style.ink_on(f), f) for f in fills) >= 3.8
    assert style.contrast(style.ink_on(mood_colour(5).name()), mood_colour(5).name()) >= 4.5
