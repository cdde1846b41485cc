"""Policy library updates from the center (RF01 key "policy_library"), versioned.

A new library replaces the terminal's only after it has been checked whole (every
document titled, every section with text, the version matching the content) and an
index has been built from it; anything else is logged and the good library stays.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from kiosk.sync.client import CenterClient, Outcome

log = logging.getLogger("kiosk.sync")
KEY = "policy_library"


def pull_policy(client: CenterClient, home: Path) -> str:
    """'updated' | 'unchanged' | 'failed' (center unreachable) | 'rejected' (a bad library)."""
    from kiosk.policy import ingest
    from kiosk.policy.answer import PolicyLibrary, library_dir

    have = ingest.load(library_dir(home)).get("version", "")
    reply = client.send("RF01", {"data": {"key": KEY, "version": have}}, msgid=client.new_msgid())
    if reply.outcome is not Outcome.OK:
        return "failed"
    if not reply.output.get("changed"):
        return "unchanged"
    data = reply.output.get("payload") or {}
    try:
        PolicyLibrary(data)  # validates and indexes; raises on anything unusable
    except Exception:
        log.exception("policy library %s from the center refused; keeping %s", reply.output.get("version"), have)
        return "rejected"
    target = home / "policy_library"
    target.mkdir(parents=True, exist_ok=True)
    temporary = target / (ingest.LIBRARY_FILE + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1), encoding="utf-8")
    temporary.replace(target / ingest.LIBRARY_FILE)  # atomic: readers see the old file or the new one
    log.info("policy library updated from %s to %s", have, data["version"])
    return "updated"
