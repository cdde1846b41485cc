"""Every screen of the kiosk, by name; the shell builds each one on first use.

A screen's module is imported only when the screen is first shown: importing all of them
before the first paint cost about 50 ms of a 350 ms cold start (measured with -X importtime)."""

from __future__ import annotations

import importlib

# screen name -> (module under kiosk.ui.screens, class)
SCREENS = {
    "home": ("home", "HomeScreen"),
    "settings": ("settings", "SettingsScreen"),
    "identify": ("identify", "IdentifyScreen"),
    "card_pin": ("identify", "CardPinScreen"),
    "scan": ("scan", "ScanScreen"),
    "id_entry": ("id_entry", "IdEntryScreen"),
    "balance": ("balance", "BalanceScreen"),
    "ledger": ("account", "LedgerScreen"),
    "family": ("account", "FamilyScreen"),
    "receipt": ("account", "ReceiptScreen"),
    "my_filings": ("my_filings", "MyFilingsScreen"),
    "filing": ("filing", "FilingScreen"),
    "filing_done": ("filing", "FilingDoneScreen"),
    "proxy": ("proxy", "ProxyScreen"),
    "staff_queue": ("staff_queue", "StaffQueueScreen"),
    "ask": ("ask", "AskScreen"),
    "face_consent": ("face", "FaceConsentScreen"),
    "face": ("face", "FaceScreen"),
}


def screen_class(name: str):
    module, cls = SCREENS[name]
    return getattr(importlib.import_module(f"kiosk.ui.screens.{module}"), cls)
