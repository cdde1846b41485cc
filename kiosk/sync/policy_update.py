"""Policy library updates from the center (RF01 key "policy_library"), versioned.

A new library replaces the terminal's only after it has been checked whole (every
document titled, every section with text, the version matching the content) and an
index has been built from it; anything else is logged and the good library stays. The
notices ingested on the terminal itself (``kiosk policy ingest``) are kept through an update:
the library written is the center's with them added (by id, the terminal's own winning).
"""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.sync.client import CenterClient, Outcome

log = logging.getLogger("kiosk.sync")
KEY = "policy_library"


def pull_policy(client: CenterClient, home: Path) -> str:
    """'updated' | 'unchanged' | 'failed' (center unreachable) | 'rejected' (a bad library)."""
    from kiosk.policy import ingest
    from kiosk.policy.answer import PolicyLibrary, library_dir

    target = home / "policy_library"
    held = target / ingest.CENTER_VERSION_FILE
    # the center's version this terminal holds: with notices of its own added, the library's differs
    have = held.read_text().strip() if held.exists() else ingest.load(library_dir(home)).get("version", "")
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
    documents = {d["id"]: d for d in data["documents"]}
    own = ingest.own_documents(target)
    documents.update({d["id"]: d for d in own})
    ingest.write(target, list(documents.values()))  # atomic: readers see the old library or the new one
    held.write_text(data["version"])
    log.info("policy library updated from %s to %s (%d notices of this terminal kept)", have, data["version"], len(own))
    return "updated"
