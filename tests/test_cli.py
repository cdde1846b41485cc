"""The command-line contract, run as an operator would."""

import json
import subprocess
import sys

import httpx

from kiosk.cli import main
from kiosk.core import envelope


def test_center_serve_answers_1101_over_real_http(kiosk_home, demo):
    server = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "center", "serve", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        line = server.stdout.readline()  # printed once the socket is bound
        url = line.strip().rsplit(" ", 1)[-1]
        sign_in = envelope.request(
            "9001",
            {"signIn": {"opter_no": "T", "mac": "00-16-3E-00-00-01", "ip": "127.0.0.1"}},
            msgid=envelope.make_msgid("H44010000001"),
            dev_no="T",
            admdvs="440100",
            fixmedins_code="H44010000001",
            fixmedins_name="H",
        )
        sign_no = httpx.post(url, json=sign_in, timeout=10).json()["output"]["signinoutb"]["sign_no"]
        body = envelope.request(
            "1101",
            {"data": {"mdtrt_cert_type": "02", "mdtrt_cert_no": demo["certno"], "psn_cert_type": "01"}},
            msgid=envelope.make_msgid("H44010000001"),
            dev_no="T",
            admdvs="440100",
            fixmedins_code="H44010000001",
            fixmedins_name="H",
            sign_no=sign_no,
        )
        reply = httpx.post(url, json=body, timeout=10).json()
        assert reply["infcode"] == 0 and reply["output"]["baseinfo"]["psn_name"] == demo["name"]
        assert "balc" in reply["output"]["insuinfo"][0]
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()


def test_people_and_screen_list(kiosk_home, capsys):
    assert main(["center", "people", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert len(people) >= 20 and {"certno", "name", "age", "insutype"} <= set(people[0])
    assert main(["screenshot", "--list"]) == 0
    names = capsys.readouterr().out.split()
    assert {"home", "balance", "id_entry", "idle_warning", "staff_call"} <= set(names)


def test_bad_input_gets_one_plain_line_and_a_nonzero_exit(kiosk_home):
    for argv in (
        ["screenshot", "--screen", "nope", "--out", "x.png"],
        ["center", "serve", "--fail-rate", "2"],
        ["frobnicate"],
    ):
        done = subprocess.run([sys.executable, "-m", "kiosk", *argv], capture_output=True, text=True, timeout=60)
        assert done.returncode != 0
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stderr.startswith("kiosk: ")


def test_screenshot_writes_png_and_widget_dump(kiosk_home, tmp_path):
    out, widgets = tmp_path / "home.png", tmp_path / "home.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "screenshot",
            "--screen",
            "home",
            "--out",
            str(out),
            "--widgets",
            str(widgets),
            "--scale",
            "1.5",
            "--theme",
            "contrast",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rows = json.loads(widgets.read_text(encoding="utf-8"))
    assert not [r for r in rows if r["interactive"] and (r["w"] < 64 or r["h"] < 64)]
    assert not [r for r in rows if r["text"] and r["font_px"] < 24]
