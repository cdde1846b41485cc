"""The face check without widgets or a camera: guidance, the gentle turn, three tries, fallback."""

from __future__ import annotations

from kiosk.devices.face import FrameCheck, Match
from kiosk.flows.face_check import GUIDANCE, PROMPTS, FaceCheck

GOOD = FrameCheck(None, 1, 0.02, (100, 100, 300, 300))


def steady(check: FaceCheck, t: float = 0.0) -> float:
    for _ in range(check.steady_frames):
        said = check.on_frame(GOOD, t)
        t += 0.1
    assert said == "turn" and check.state == "turn"
    return t


def test_problems_with_the_frame_are_said_once_not_every_frame():
    check = FaceCheck()
    assert check.on_frame(FrameCheck("too_dark", 1), 0.0) == "too_dark"
    assert check.on_frame(FrameCheck("too_dark", 1), 0.1) is None  # not nagging
    assert check.on_frame(FrameCheck("too_dark", 1), 3.5) == "too_dark"  # but reminded
    assert check.on_frame(FrameCheck("two_faces", 2), 5.0) == "two_faces"
    assert check.on_frame(FrameCheck(None, 1, 0.6), 7.0) == "not_frontal"  # looking away
    assert all(key in GUIDANCE for key in ("too_dark", "two_faces", "not_frontal"))


def test_a_good_face_that_turns_a_little_goes_on_to_the_match_and_passes():
    check = FaceCheck()
    t = steady(check)
    assert check.on_frame(FrameCheck(None, 1, 0.09), t) is None and check.state == "turn"  # not yet far enough
    check.on_frame(FrameCheck(None, 1, 0.17), t + 0.5)
    assert check.state == "matching"
    assert check.matched(Match(True, 0.35, 0.6, (1, 1), "match", 120.0), t + 1) == "passed" and check.state == "passed"


def test_a_still_photo_never_turns_and_three_tries_reach_the_other_way_without_blame():
    check, t = FaceCheck(), 0.0
    for attempt in range(3):
        t = steady(check, t)
        while check.state == "turn":
            said = check.on_frame(GOOD, t)
            t += 0.5
        assert said == ("no_turn" if attempt < 2 else "fallback")
    assert check.state == "fallback" and check.tries == 3
    assert "没关系" in PROMPTS["no_turn"] and "换一种方式" in PROMPTS["fallback"]


def test_a_different_person_counts_as_a_try_and_no_reference_photo_goes_straight_to_staff():
    check = FaceCheck()
    t = steady(check)
    check.on_frame(FrameCheck(None, 1, -0.2), t)
    assert (
        check.matched(Match(False, 0.8, 0.6, (1, 1), "different_person", 100.0), t) == "different" and check.tries == 1
    )
    assert check.state == "capture"
    other = FaceCheck()
    steady(other)
    other.on_frame(FrameCheck(None, 1, 0.3), 1.0)
    assert other.matched(Match(False, float("inf"), 0.6, (1, 0), "no_face_reference", 50.0), 1.0) == "no_reference"
    assert other.state == "fallback"


def test_the_other_way_is_there_at_any_time():
    check = FaceCheck()
    check.on_frame(FrameCheck("no_face", 0), 0.0)
    assert check.give_up(0.5) == "fallback" and check.state == "fallback" and check.reason == "asked"
