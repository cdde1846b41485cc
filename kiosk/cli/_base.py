"""What every verb module shares: the plain-line parser, the usage error, small argument types."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.config import Config


class UsageError(Exception):
    """The operator's input is wrong: one plain line, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        # one plain line, not a usage dump: operators read these in service logs
        self.exit(2, f"kiosk: {message} (see `{self.prog} --help`)\n")


def rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be between 0 and 65535 (0 picks a free port)")
    return value


def center_db(cfg: Config, db: Path | None) -> Path:
    return db or cfg.home / "center" / "center.db"


def group(verbs, name: str, help_text: str):
    """A verb with sub-verbs (``kiosk sync status``)."""
    return verbs.add_parser(name, help=help_text).add_subparsers(
        dest=f"{name}_verb", required=True, parser_class=Parser
    )
