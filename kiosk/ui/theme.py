"""Colours, sizes and the application style sheet, from theme + scale + mode.

All sizes are pixels on the kiosk panel (A11Y.md default profile). Contrast
of every text/background pair here is >= 7:1; tests measure rendered pixels.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    window: str
    text: str
    muted_text: str  # still >= 7:1 on window
    tile: str
    tile_text: str
    tile_border: str
    bar: str
    bar_text: str
    accent: str  # the one primary action of a screen (确定, 提交, 下一步): never red
    accent_text: str
    error: str  # an error line (with a ⚠ sign): not red either
    focus: str
    accent_focus: str  # the focus ring on the accent button: >= 3:1 against the accent colour
    card: str
    staff: str = "#A4140F"  # red: only the staff call (呼叫工作人员), so red always means "help"
    staff_text: str = "#FFFFFF"
    staff_focus: str = "#FFD400"
    staff_border: str = "#A4140F"


PALETTES = {
    "standard": Palette(
        window="#FFFFFF",
        text="#111111",
        muted_text="#333333",
        tile="#0B3A7E",
        tile_text="#FFFFFF",
        tile_border="#0B3A7E",
        bar="#1F1F1F",
        bar_text="#FFFFFF",
        accent="#0B5D1E",
        accent_text="#FFFFFF",
        error="#7A3E00",
        focus="#E06C00",
        accent_focus="#FFD400",
        card="#F2F5FA",
        staff="#A4140F",
        staff_text="#FFFFFF",
        staff_focus="#FFD400",
        staff_border="#A4140F",
    ),
    "contrast": Palette(
        window="#000000",
        text="#FFFF00",
        muted_text="#FFFFFF",
        tile="#000000",
        tile_text="#FFFF00",
        tile_border="#FFFFFF",
        # the focus ring: >= 3:1 against the white and yellow borders it replaces, and against black
        bar="#000000",
        bar_text="#FFFFFF",
        accent="#FFFF00",
        accent_text="#000000",
        error="#FFB000",
        focus="#FF3300",
        accent_focus="#FF3300",
        card="#000000",
        staff="#FF6060",
        staff_text="#000000",
        staff_focus="#0000C0",
        staff_border="#FF6060",  # red in this theme too (the hint says 红色); its ring dark against it
    ),
}


@dataclass(frozen=True)
class Sizes:
    body: int
    title: int
    button: int
    small: int  # the smallest body text (tile subtitles, the receipt): >= 32 px in 长辈版
    header: int  # the header line: >= 24 px
    big_number: int
    tile_title: int
    caption: int
    target: int  # minimum touch target
    list: int  # rows of a list (ledger, filings): several lines of facts, never under 32 px
    key: int  # keypad keys: big, but they give way first when a long language needs the room
    bar_button: int
    gap: int


def sizes(scale: float, mode: str = "elder") -> Sizes:
    # Standard mode is denser, but never under the elder floor of 24 px text / 64 px targets.
    base = 1.0 if mode == "elder" else 0.85
    s = scale * base
    return Sizes(
        body=max(32, round(36 * s)) if mode == "elder" else max(28, round(36 * s)),
        title=round(52 * s),
        button=round(40 * s),
        small=max(32, round(32 * s)) if mode == "elder" else max(24, round(28 * s)),  # 长辈版 body floor: 32 px
        header=max(24, round(28 * min(s, 1.25))),  # the header alone may be smaller (staff notes, the title)
        big_number=round(96 * s),
        tile_title=round(46 * s),
        # the caption grows with the text (32 -> 40 px) but stops at 1.25x: three lines of it must leave
        # the screen room at the largest size
        caption=max(32, round(32 * min(s, 1.25))) if mode == "elder" else max(24, round(32 * min(s, 1.25))),
        target=max(64, round(96 * min(s, 1.15))),  # big buttons, but a 1.5x screen must still fit
        key=max(64, round(80 * min(s, 1.15))),
        list=max(32, round(30 * s)),
        bar_button=round(34 * min(scale, 1.25)),  # the bar keeps its place and size on every screen
        gap=max(8, round(16 * s)),
    )


# each language's own typeface first (Hong Kong glyph forms, Latin and Arabic-script designs with
# their own spacing); Qt falls back per character for names and places written in Chinese
FONT_FAMILIES = {
    "zh_CN": '"Noto Sans CJK SC", sans-serif',
    "zh_HK": '"Noto Sans CJK HK", "Noto Sans CJK SC", sans-serif',
    "en": '"Noto Sans", "Noto Sans CJK SC", sans-serif',
    "ug": '"Noto Naskh Arabic", "Noto Sans", "Noto Sans CJK SC", sans-serif',
}


def style_sheet(theme: str, scale: float, mode: str = "elder", locale: str = "zh_CN") -> str:
    p = PALETTES[theme]
    z = sizes(scale, mode)
    families = FONT_FAMILIES.get(locale, FONT_FAMILIES["zh_CN"])
    digits_first = f'"Noto Sans", {families}'  # keys and amounts: the same compact digits in every language
    return f"""
    QWidget {{ font-family: {families}; font-size: {z.body}px; color: {p.text}; background: {p.window}; }}
    QLabel {{ background: transparent; }}
    QLabel[role="title"] {{ font-size: {z.title}px; font-weight: bold; }}
    QLabel[role="small"] {{ font-size: {z.small}px; color: {p.muted_text}; }}
    QLabel[role="hint"] {{ font-size: {z.body}px; color: {p.muted_text}; }}
    QLabel[role="group"] {{ font-size: {z.list}px; font-weight: bold; }}
    QLabel[role="dense"] {{ font-size: {max(36, min(z.list, 40))}px; }}
    QLabel[role="slip"] {{ font-size: {z.caption}px; color: {p.muted_text}; }}
    QLabel[role="number"] {{ font-family: {digits_first}; font-size: {z.big_number}px; font-weight: bold; }}
    QLabel[role="entry"] {{ font-size: {z.title}px; font-weight: bold; border: 3px solid {p.tile_border};
        border-radius: 12px; padding: 12px; background: {p.card}; }}
    QLabel[role="error"] {{ color: {p.error}; font-weight: bold; }}
    QLabel[role="caption"] {{ font-size: {z.caption}px; color: {p.bar_text}; background: {p.bar}; padding: 8px 96px; }}
    QFrame[role="card"] {{ background: {p.card}; border: 2px solid {p.tile_border}; border-radius: 16px; }}
    QFrame[role="overlay"] {{ background: {p.window}; border: 6px solid {p.accent}; border-radius: 24px; }}
    QPushButton {{ font-size: {z.button}px; font-weight: bold; color: {p.tile_text}; background: {p.tile};
        border: 3px solid {p.tile_border}; border-radius: 16px; padding: 12px 20px; min-height: {z.target}px;
        min-width: {z.target}px; }}
    QPushButton:disabled {{ color: {p.muted_text}; background: {p.window}; border: 3px dashed {p.muted_text}; }}
    QLabel[role="tile_title"] {{ font-size: {z.tile_title}px; font-weight: bold; color: {p.tile_text}; }}
    QLabel[role="tile_subtitle"] {{ font-size: {z.small}px; color: {p.tile_text}; }}
    QPushButton[role="tile"] {{ font-size: {z.title}px; padding: 24px; }}
    QPushButton[role="key"] {{ font-family: {digits_first}; font-size: {z.button}px; min-height: {z.key}px; }}
    QPushButton[role="secondary"] {{ color: {p.text}; background: {p.window}; border: 3px solid {p.text}; }}
    QPushButton[list="true"] {{ font-size: {z.list}px; font-weight: normal; padding: 4px 16px; }}
    QPushButton[role="accent"] {{ color: {p.accent_text}; background: {p.accent}; border-color: {p.accent}; }}
    QPushButton[role="secondary"]:disabled, QPushButton[role="accent"]:disabled {{ color: {p.muted_text};
        background: {p.window}; border: 3px dashed {p.muted_text}; }}
    QWidget#bottomBar {{ background: {p.bar}; }}
    QWidget#bottomBar QPushButton {{ font-size: {z.bar_button}px; color: {p.bar_text}; background: {p.bar};
        border: 3px solid {p.bar_text}; padding: 6px 4px; }}
    QWidget#bottomBar QPushButton[role="accent"] {{ color: {p.accent_text}; background: {p.accent};
        border-color: {p.accent}; }}
    QPushButton[role="staff"], QWidget#bottomBar QPushButton[role="staff"] {{ color: {p.staff_text};
        background: {p.staff};
        border-color: {p.staff_border}; }}
    QWidget#header {{ background: {p.bar}; }}
    QWidget#header QLabel {{ color: {p.bar_text}; font-size: {z.header}px; }}
    /* focus and press last: they win over every role's border (equal specificity, later rule) */
    QPushButton:focus {{ border: 6px solid {p.focus}; }}
    QPushButton:pressed {{ border: 6px solid {p.focus}; }}
    QWidget#bottomBar QPushButton:focus {{ border: 6px solid {p.focus}; }}
    QPushButton[role="accent"]:focus,
    QWidget#bottomBar QPushButton[role="accent"]:focus {{ border: 6px solid {p.accent_focus}; }}
    QPushButton[role="staff"]:focus,
    QWidget#bottomBar QPushButton[role="staff"]:focus {{ border: 6px solid {p.staff_focus}; }}
    """
