"""Named loggers per area, to a rotating file under KIOSK_HOME/logs; PII is scrubbed."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kiosk.core.masking import scrub


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info:  # a trace's exception text may carry a number too: format it here, scrubbed
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def setup(log_dir: Path, verbose: bool = False) -> None:
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    root = logging.getLogger("kiosk")
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    for old in log_dir.glob("*.log*"):  # logs written before files were private
        old.chmod(0o600)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "kiosk.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
