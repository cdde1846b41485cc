import pytest

from kiosk import config as config_module


def test_environment_sets_home_and_center(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "h"))
    monkeypatch.setenv("KIOSK_CENTER_URL", "http://127.0.0.1:9")
    cfg = config_module.load()
    assert cfg.home == tmp_path / "h" and cfg.center_url == "http://127.0.0.1:9"
    assert cfg.db_path == tmp_path / "h" / "kiosk.db"


def test_config_file_is_read_and_checked(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path))
    (tmp_path / "config.toml").write_text('theme = "contrast"\nidle_max_extensions = 3\n', encoding="utf-8")
    with pytest.raises(config_module.ConfigError, match="idle_max_extensions"):
        config_module.load()
    (tmp_path / "config.toml").write_text('theme = "contrast"\n', encoding="utf-8")
    assert config_module.load().theme == "contrast"


def test_warning_must_come_well_before_reset(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path))
    with pytest.raises(config_module.ConfigError, match="20 s"):
        config_module.load(idle_warn_s=80, idle_reset_s=90)
