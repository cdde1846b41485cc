"""Typed configuration in one place.

Order of precedence: built-in defaults < ``$KIOSK_HOME/config.toml`` <
environment (``KIOSK_HOME``, ``KIOSK_CENTER_URL``) < command-line flags.
Every option has a type, bounds and a one-line description, so an operator
installing fifty terminals can read what each knob does.

Types are strict: a TOML string is not a boolean ("ture" is refused, not false), a
fraction is not a count (10.9 is refused, not 10). ``home`` is where config.toml is:
the file cannot move it (the store would follow it to another folder).
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

THEMES = ("standard", "contrast")
SCALES = (1.0, 1.25, 1.5)
LOCALES = ("zh_CN", "zh_HK", "en", "ug")
MODES = ("elder", "standard")


class ConfigError(ValueError):
    """A setting is out of range or of the wrong type (shown as one plain line)."""


def _opt(default, description: str, *, lo=None, hi=None, choices=None, pattern: str | None = None):
    return field(
        default=default,
        metadata={"description": description, "lo": lo, "hi": hi, "choices": choices, "pattern": pattern},
    )


# The last two digits of terminal_id are the terminal's number in its hall (00-99, unique within one
# fixmedins_code): they go into every msgid (kiosk/core/envelope.py, docs/center-api.md).
TERMINAL_ID = r"[A-Za-z0-9][A-Za-z0-9_-]{0,17}[0-9]{2}"


@dataclass
class Config:
    home: Path = _opt(Path.home() / ".kiosk", "the kiosk's data folder (database, logs, screenshots)")
    center_url: str = _opt("", "central platform base URL; empty = start the simulated center in-process")
    locale: str = _opt("zh_CN", "the hall's default language, restored at every session end", choices=LOCALES)
    theme: str = _opt("standard", "colour theme", choices=THEMES)
    scale: float = _opt(1.0, "text scale", choices=SCALES)
    mode: str = _opt("elder", "长辈版 (elder) or the standard layout", choices=MODES)
    width: int = _opt(1080, "window width in pixels (portrait panel)", lo=480, hi=4320)
    height: int = _opt(1920, "window height in pixels (portrait panel)", lo=640, hi=7680)
    idle_warn_s: float = _opt(
        60.0, "seconds without a touch before the spoken 'are you still there' warning", lo=0.05, hi=3600
    )
    idle_reset_s: float = _opt(
        90.0, "seconds without a touch before the session is wiped and home is shown", lo=0.1, hi=7200
    )
    idle_max_extensions: int = _opt(20, "how many times a person may press 继续 in one session", lo=10, hi=1000)
    center_timeout_s: float = _opt(8.0, "read timeout for one call to the center", lo=0.5, hi=120)
    center_connect_timeout_s: float = _opt(3.0, "connect timeout for the center", lo=0.2, hi=60)
    terminal_id: str = _opt(
        "KIOSK0001",
        "this terminal's device number (dev_no), 3-20 letters, digits, - or _, "
        "ending in its two-digit number in the hall (unique per hall: it is in every msgid)",
        pattern=TERMINAL_ID,
    )
    admdvs: str = _opt("440100", "the hall's 行政区划代码 (GB/T 2260), sent as mdtrtarea_admvs", pattern=r"[0-9]{6}")
    fixmedins_code: str = _opt(
        "H44010000001",
        "the service hall's institution code in the envelope (12 letters or digits; every msgid starts with it)",
        pattern=r"[A-Za-z0-9]{12}",
    )
    fixmedins_name: str = _opt("医保服务大厅自助终端", "the service hall's name in the envelope")
    signer: str = _opt(
        "none",
        "how envelopes are signed: none, tif (x-tif-* SHA-256 headers) or sm2 (SM3withSM2 in cainfo)",
        choices=("none", "tif", "sm2"),
    )
    tif_paasid: str = _opt("kiosk", "x-tif-paasid for the tif signer")
    tif_token: str = _opt("", "shared token for the tif signer; better set in config.toml than on a command line")
    sm2_private_key_hex: str = _opt("", "SM2 private key (64 hex digits) for the sm2 signer; keep config.toml mode 600")
    sync_autostart: bool = _opt(True, "start the delivery process (kiosk sync run) together with the kiosk")
    sync_backoff_base_s: float = _opt(1.0, "first retry delay; doubles per failure, with full jitter", lo=0.01, hi=60)
    sync_backoff_cap_s: float = _opt(300.0, "longest retry delay", lo=0.1, hi=3600)
    sync_breaker_failures: int = _opt(5, "consecutive transport failures that open the circuit breaker", lo=1, hi=1000)
    sync_breaker_cooldown_s: float = _opt(30.0, "how long the breaker stays open before one probe", lo=0.05, hi=3600)
    sync_verify_by_query: bool = _opt(
        False,
        "after a lost reply, ask the center (5301/YD03) before sending again; "
        "for centers that do not deduplicate on msgid",
    )
    face_check: str = _opt(
        "off", "face check before a filing made by the person themself: off | filings", choices=("off", "filings")
    )
    face_turn_timeout_s: float = _opt(10.0, "time to turn the head a little in the liveness check", lo=0.5, hi=60)
    face_threshold: float = _opt(
        0.6, "face match: largest embedding distance accepted as the same person", lo=0.3, hi=0.9
    )
    retention_days: int = _opt(30, "days personal data of settled filings is kept on this terminal", lo=1, hi=3650)
    tts_engine: str = _opt(
        "espeak-ng", "speech engine of the synthesis worker (espeak-ng always works)", choices=("espeak-ng", "pyttsx3")
    )
    typed_id_confirm: str = _opt(
        "face",
        "a typed ID number is a claim: before anything personal is shown or filed it is "
        "confirmed by the face check (staff when that fails) or by staff only",
        choices=("face", "staff"),
    )
    idcard_port: str = _opt(
        "", "身份证 reader (SAM module, GA 467 serial protocol), e.g. /dev/ttyUSB0 (pyserial URL); empty = none"
    )
    idcard_baudrate: int = _opt(115200, "the 身份证 reader's serial speed", lo=9600, hi=921600)
    sscard_reader: str = _opt(
        "", "社保卡 PC/SC reader: its name or the start of it, auto = the first reader; empty = none"
    )
    sscard_pin_required: bool = _opt(False, "the hall asks for the 社保卡's PIN before using the card")
    card_poll_s: float = _opt(0.5, "how often the card readers are asked whether a card is there", lo=0.05, hi=10)
    camera: str = _opt("0", "camera device index for scanning the 医保码, or none")
    scanner_serial_url: str = _opt("", "serial 2D scanner, e.g. /dev/ttyACM0 (pyserial URL); empty = none")
    printer: str = _opt(
        "", "ESC/POS receipt printer: usb:VID:PID, serial:/dev/ttyS0 or net:HOST; empty = show receipts on screen"
    )
    hall_url: str = _opt(
        "",
        "the hall service (kiosk hall serve) on the hall network, e.g. http://10.0.0.2:8780; "
        "empty = no hall console: a call for staff sends the elder to the desk",
    )
    hall_terminal_key: str = _opt(
        "", "this terminal's key for the hall service (kiosk hall terminal add prints it); keep config.toml mode 600"
    )
    hall_position: str = _opt(
        "", "where this terminal stands, as staff say it (e.g. 一楼大厅 3号机); empty = terminal_id"
    )
    hall_heartbeat_s: float = _opt(15.0, "how often the kiosk reports its state to the hall service", lo=0.2, hi=600)
    hall_poll_s: float = _opt(
        1.0, "while a call is open, how often the kiosk asks whether staff answered", lo=0.1, hi=30
    )
    hall_timeout_s: float = _opt(
        2.0, "how long the kiosk waits for the hall service before telling the elder to go to the desk", lo=0.2, hi=30
    )
    mm_per_px: float = _opt(0.248, "panel pixel pitch; default is a 21.5-inch 1920x1080 panel", lo=0.05, hi=2.0)
    viewing_distance_mm: float = _opt(710.0, "typical eye-to-screen distance", lo=200, hi=2000)

    @property
    def db_path(self) -> Path:
        return self.home / "kiosk.db"

    @property
    def log_dir(self) -> Path:
        return self.home / "logs"

    def validate(self) -> "Config":
        for f in fields(self):
            value = getattr(self, f.name)
            meta = f.metadata
            if meta.get("choices") and value not in meta["choices"]:
                allowed = ", ".join(str(c) for c in meta["choices"])
                raise ConfigError(f"{f.name} must be one of {allowed}, not {value!r}")
            if meta.get("lo") is not None and not (meta["lo"] <= value <= meta["hi"]):
                raise ConfigError(f"{f.name} must be between {meta['lo']} and {meta['hi']}, not {value!r}")
            if meta.get("pattern") and not re.fullmatch(meta["pattern"], value):
                raise ConfigError(f"{f.name} {value!r} is not valid: {meta['description']}")
        if self.center_url and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", self.center_url):
            raise ConfigError(f"center_url must be an http:// or https:// address, not {self.center_url!r}")
        if self.idle_reset_s - self.idle_warn_s < min(20.0, self.idle_reset_s / 3):
            # WCAG 2.2.1: the spoken warning must come well before the reset.
            raise ConfigError("idle_reset_s must be at least 20 s after idle_warn_s")
        if self.hall_url and not self.hall_url.startswith(("http://", "https://")):
            raise ConfigError("hall_url must start with http:// or https://")
        if len(self.hall_position) > 60:
            raise ConfigError("hall_position must be at most 60 characters")
        return self

    def replace(self, **changes) -> "Config":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None}).validate()


def _coerce(f: dataclasses.Field, raw):
    """The value as its option's type, or ConfigError: nothing is guessed (no "ture" -> False,
    no 10.9 -> 10, no 1 -> True)."""
    kind = type(f.default)
    if issubclass(kind, Path):
        if isinstance(raw, (str, Path)) and str(raw):
            return Path(raw).expanduser()
    elif kind is bool:
        if isinstance(raw, bool):
            return raw
    elif kind is int:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
    elif kind is float:
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return float(raw)
    elif kind is str:
        if isinstance(raw, str):
            return raw
    name = {bool: "true or false", int: "a whole number", float: "a float (a number)", str: "a text in quotes"}.get(
        kind, "a path"
    )
    raise ConfigError(f"{f.name} must be {name}, not {raw!r}")


def load(**overrides) -> Config:
    """Build the configuration from file, environment and explicit overrides."""
    env = os.environ
    home = Path(overrides.get("home") or env.get("KIOSK_HOME") or Config.home).expanduser()
    values: dict = {}
    toml_path = home / "config.toml"
    if toml_path.is_file():
        try:
            values.update(tomllib.loads(toml_path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{toml_path} is not valid TOML: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise ConfigError(f"{toml_path} cannot be read: {exc.strerror}") from None
    if "home" in values:  # the folder config.toml is in: the environment (KIOSK_HOME) says where that is
        raise ConfigError(f"home cannot be set in {toml_path}: set KIOSK_HOME instead")
    values["home"] = home
    if env.get("KIOSK_CENTER_URL"):
        values["center_url"] = env["KIOSK_CENTER_URL"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    by_name = {f.name: f for f in fields(Config)}
    unknown = set(values) - set(by_name)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    typed = {name: _coerce(by_name[name], raw) for name, raw in values.items()}
    return Config(**typed).validate()
