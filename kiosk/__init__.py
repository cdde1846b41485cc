"""Self-service kiosk for a medical-insurance service hall (长辈版 first)."""

__version__ = "0.1.0"
