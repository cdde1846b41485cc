"""``kiosk run`` and ``kiosk screenshot``: the kiosk window, live or rendered with demo data."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk import config as config_module
from kiosk.cli._base import UsageError
from kiosk.config import Config


def register(verbs) -> None:
    run = verbs.add_parser("run", help="launch the kiosk")
    run.add_argument("--fullscreen", action="store_true")
    run.add_argument("--center")
    _display_options(run)
    run.add_argument("--tour", type=Path, metavar="DIR", help="walk the screens, save screenshots to DIR, then exit")
    run.add_argument(
        "--ready-file", type=Path, help=argparse.SUPPRESS
    )  # benchmark: write when home is interactive, exit
    run.set_defaults(func=run_kiosk)

    shot = verbs.add_parser("screenshot", help="render a screen to PNG with demo data")
    shot.add_argument("--list", action="store_true")
    shot.add_argument("--screen")
    shot.add_argument("--out", type=Path)
    shot.add_argument("--widgets", type=Path)
    shot.add_argument("--all", type=Path, metavar="DIR", help="every screen, as DIR/NAME.png")
    _display_options(shot)
    shot.set_defaults(func=screenshot)


def _display_options(parser) -> None:
    parser.add_argument("--locale", choices=config_module.LOCALES)
    parser.add_argument("--scale", type=float, choices=config_module.SCALES)
    parser.add_argument("--theme", choices=config_module.THEMES)


def run_kiosk(cfg: Config, args) -> int:
    # lazy: Qt and the window are imported only by the verbs that show one (cold start of the other verbs)
    from kiosk.ui.run import offscreen_if_headless
    from kiosk.ui.run import run_kiosk as run_window

    if args.tour is not None:
        offscreen_if_headless()
    return run_window(cfg, fullscreen=args.fullscreen, tour_dir=args.tour, ready_file=args.ready_file)


def screenshot(cfg: Config, args) -> int:
    from kiosk.ui.screenshot import SCREENS  # lazy: Qt

    if args.list:
        print("\n".join(SCREENS))
        return 0
    if not args.all and (not args.screen or not args.out):
        raise UsageError("give --list, --screen NAME --out FILE.png, or --all DIR")
    if args.screen and args.screen not in SCREENS:
        raise UsageError(f"unknown screen {args.screen!r}; `kiosk screenshot --list` shows the names")
    from kiosk.devices.camera import SyntheticPhoneSource
    from kiosk.ui.run import build_window, make_app, offscreen_if_headless
    from kiosk.ui.screenshot import render

    offscreen_if_headless()
    make_app()
    # a scene with a phone but no code yet: the preview shows, nothing is looked up
    window = build_window(cfg, camera_factory=lambda: SyntheticPhoneSource(None, seed=3))
    if args.all:
        for name in SCREENS:  # one window, as a person walks through: faster than a process each
            render(window, name, args.all / f"{name}.png")
            window.hide_overlays()
        print(args.all)
    else:
        render(window, args.screen, args.out, args.widgets)
        print(args.out)
    window.close()
    return 0
