"""The accessibility audit (issue: languages and accessibility conformance): every screen in
every language, theme and text size, measured on the real widgets and the rendered pixels
against ../shared/A11Y.md: targets, text size, contrast, clipped text, line length, names,
focus, nothing firing on press, the bottom bar in one place, nothing left untranslated, and
the window still the size of the panel; and (issue 21) body text >= 32 px, red only on the staff
call, tile subtitles at every scale, Chinese line breaking and full-width marks, no simplified
character on a 繁體 screen, no Chinese on an English screen outside names and addresses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QLabel
from ui_helpers import make_window

from kiosk.config import LOCALES
from kiosk.policy.clean import simplified_to_hongkong
from kiosk.ui.a11y import Violation, check_focus, check_trust, check_window
from kiosk.ui.screenshot import SCREENS, show_screen
from kiosk.ui.translations import PLACEHOLDER, messages

THEMES = ("standard", "contrast")
SCALES = (1.0, 1.25, 1.5)
CJK_RUN = re.compile(r"[\u3400-\u9fff]{3,}")
# what the policy library says is Chinese in every language (there is no translated library)
CHINESE_CONTENT = {"ask_answer", "ask_quote", "ask_source"}
AUDIT_TOTAL = pytest.StashKey[dict]()


@pytest.fixture
def audit_total(request):
    """What the audit checked, summed over the run; conftest prints it at the end."""
    empty = {"checks": 0, "violations": 0, "renders": 0, "configurations": set()}
    return request.config.stash.setdefault(AUDIT_TOTAL, empty)


def chinese_sources() -> set[str]:
    """Runs of three or more Chinese characters from the source strings: on an English or Uyghur
    screen one of them means a string went untranslated."""
    ts_file = Path(__file__).resolve().parent.parent / "translations" / "kiosk_en.ts"
    return {
        run
        for _c, source, _t in messages(ts_file)
        for part in PLACEHOLDER.split(source)
        for run in CJK_RUN.findall(part)
    }


def untranslated(window, sources: set[str]) -> list[Violation]:
    found = []
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        if not widget.isVisible() or widget.objectName() in CHINESE_CONTENT:
            continue
        for text in (widget.text(), widget.accessibleName()):
            leaked = next((run for run in CJK_RUN.findall(text) if any(source in run for source in sources)), None)
            if leaked:
                found.append(Violation(widget.objectName(), "untranslated", leaked))
    return found


def bar_place(window) -> tuple:
    return tuple(
        (b.objectName(), b.mapTo(window, b.rect().topLeft()).toTuple(), b.size().toTuple())
        for b in window.bar_buttons.values()
    )


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("locale", LOCALES)
def test_every_screen_meets_the_numbers(qtbot, config, services, audit_total, locale, theme, scale):
    window, _speech = make_window(qtbot, config, services)
    window.activateWindow()
    window.apply_display(locale=locale, theme=theme, scale=scale)
    panel = QSize(config.width, config.height)
    sources = chinese_sources() if locale in ("en", "ug") else set()
    violations, checks, bars = [], 0, set()
    for name in SCREENS:
        window.idle.restart()  # the audit is slower than a person: no idle warning midway
        show_screen(window, name)
        qtbot.wait(0)
        found, made = check_window(window, panel)
        focus_found, focus_made = check_focus(window)
        trust_found, trust_made = check_trust(window, locale, simplified_to_hongkong, frozenset(CHINESE_CONTENT))
        found += focus_found + trust_found + untranslated(window, sources)
        checks += made + focus_made + trust_made
        violations += [f"{name}: {v}" for v in found]
        bars.add(bar_place(window))
        window.idle_overlay.hide()
        window.staff_overlay.hide()
    audit_total["checks"] += checks
    audit_total["violations"] += len(violations)
    audit_total["renders"] += len(SCREENS)
    audit_total["configurations"].add((locale, theme, scale))
    assert not violations, "\n".join(violations)
    assert len(bars) == 1, "the bottom bar moved between screens"
    assert checks > 500


def summary(config) -> str | None:
    total = config.stash.get(AUDIT_TOTAL, None)
    if not total:
        return None
    return (
        f"accessibility audit: {total['checks']} widget checks, {total['violations']} violations, over "
        f"{total['renders']} screen "
        f"renders ({len(SCREENS)} screens in {len(total['configurations'])} of the "
        f"{len(LOCALES) * len(THEMES) * len(SCALES)} locale x theme x scale combinations)"
    )
