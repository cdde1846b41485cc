"""The hall console: one service per 医保 service hall that every kiosk reports to (help calls,
heartbeats) and a web page for the hall's staff. Imports only ``kiosk.core`` and itself."""
