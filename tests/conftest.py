"""Shared fixtures: every folder under tmp_path, a real simulated center on loopback."""

from __future__ import annotations

import pytest

from kiosk import config as config_module
from kiosk.center.seed import demo_identities
from kiosk.center.server import start_center

pytest_plugins = ("card_rig",)  # the card readers' real stacks: pcscd + vpcd + an emulated 社保卡, a pty SAM reader


@pytest.fixture
def kiosk_home(tmp_path, monkeypatch):
    home = tmp_path / "kiosk-home"
    monkeypatch.setenv("KIOSK_HOME", str(home))
    monkeypatch.delenv("KIOSK_CENTER_URL", raising=False)
    return home


@pytest.fixture
def center(tmp_path):
    server = start_center(tmp_path / "center" / "center.db")
    yield server
    server.stop()


@pytest.fixture
def demo():
    """The first demo person's fixed facts (name, certno, psn_no ...)."""
    return demo_identities()[0]


@pytest.fixture
def config(kiosk_home, center):
    # tests that deliver run the worker themselves; a background delivery process would race them
    return config_module.load(center_url=center.url, sync_autostart=False)


@pytest.fixture
def services(config):
    from kiosk.app import Services

    opened = Services(config)
    opened.open()
    yield opened
    opened.close()


@pytest.fixture
def client(services):
    return services.client()


def pytest_terminal_summary(terminalreporter, config):
    import sys

    audit = sys.modules.get("test_a11y_audit")
    line = audit.summary(config) if audit is not None else None
    if line:
        terminalreporter.write_line(line)


_exit_status = {}


def pytest_sessionfinish(session, exitstatus):
    _exit_status["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """See kiosk.cli.exit_without_teardown: after the face tests loaded dlib, end with pytest's
    own exit code instead of risking an abort in the interpreter's final teardown."""
    import sys

    if "dlib" in sys.modules and "code" in _exit_status:
        from kiosk.cli import exit_without_teardown

        exit_without_teardown(_exit_status["code"])
