"""Pull versioned reference data from the center; swap each key atomically.

A key's row is replaced in one transaction, so a reader sees either the old
version or the new one, never a mix. Unchanged versions cost one small call.
"""

from __future__ import annotations

import datetime as dt
import logging

from kiosk.store.db import Store
from kiosk.store.models import ReferenceData
from kiosk.sync.client import CenterClient, Outcome

log = logging.getLogger("kiosk.sync")

KEYS = ("admdvs", "chronic_diseases", "filing_rules")


def pull(sessions: Store, client: CenterClient, keys=KEYS) -> dict[str, str]:
    """Returns key -> 'updated' | 'unchanged' | 'failed'."""
    results = {}
    for key in keys:
        with sessions() as session:
            current = session.get(ReferenceData, key)
            have = current.version if current else ""
        reply = client.send("RF01", {"data": {"key": key, "version": have}}, msgid=client.new_msgid())
        if reply.outcome is not Outcome.OK:
            results[key] = "failed"
            continue
        if not reply.output.get("changed"):
            results[key] = "unchanged"
            continue
        with sessions.begin() as session:
            session.merge(
                ReferenceData(
                    key=key,
                    version=reply.output["version"],
                    payload=reply.output["payload"],
                    updated_at=dt.datetime.now(),
                )
            )
        log.info("reference data %s updated to %s", key, reply.output["version"])
        results[key] = "updated"
    return results


def get(sessions: Store, key: str) -> tuple[str, dict] | None:
    with sessions() as session:
        row = session.get(ReferenceData, key)
        return (row.version, row.payload) if row else None


def current(sessions: Store, key: str) -> dict:
    """The pulled payload, or the shipped default before the first pull."""
    from kiosk.core.reference_defaults import REFERENCE

    pulled = get(sessions, key)
    return pulled[1] if pulled else REFERENCE[key][1]
