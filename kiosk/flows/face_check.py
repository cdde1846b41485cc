"""The face check as a Qt-free state machine: steady good frames, then a gentle head turn
(liveness: a deterrent against a held-up photo, not a certified anti-spoof), then the 1:1
match. Three failed tries, or a request at any time, lead to the other way (ID number and
a staff member's confirmation), in words that blame nobody.

It only sees FrameCheck results and Match results; frames and embeddings belong to the
screen's worker, in memory, and are dropped when the check ends.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from kiosk.core.errors import QT_TRANSLATE_NOOP

# what to say for each problem FaceEngine.check finds with a frame, in everyday words
GUIDANCE = {
    "no_face": QT_TRANSLATE_NOOP("face", "请把脸放到屏幕上的圆圈里。"),
    "two_faces": QT_TRANSLATE_NOOP("face", "镜头里有两个人。请只让办事的人对着屏幕。"),
    "too_far": QT_TRANSLATE_NOOP("face", "请往前一点。"),
    "too_close": QT_TRANSLATE_NOOP("face", "请往后一点。"),
    "off_centre": QT_TRANSLATE_NOOP("face", "请把脸移到圆圈中间。"),
    "too_dark": QT_TRANSLATE_NOOP("face", "光线太暗。请往亮一点的地方站。"),
    "blurry": QT_TRANSLATE_NOOP("face", "请先别动，稍等一下。"),
    "not_frontal": QT_TRANSLATE_NOOP("face", "请抬头，正对着屏幕。"),
}

PROMPTS = {
    "look": QT_TRANSLATE_NOOP("face", "请看着屏幕，把脸放到圆圈里。"),
    "turn": QT_TRANSLATE_NOOP("face", "很好。请把头慢慢向旁边转一点点，再转回来。"),
    "no_turn": QT_TRANSLATE_NOOP("face", "没看清转头。没关系，我们再来一次。"),
    "different": QT_TRANSLATE_NOOP("face", "这次没有比对上。没关系，我们再来一次。"),
    "no_reference": QT_TRANSLATE_NOOP("face", "医保系统里没有您的照片。请用另一种方式：工作人员帮您确认。"),
    "fallback": QT_TRANSLATE_NOOP("face", "我们换一种方式：请工作人员过来帮您确认身份。"),
    "passed": QT_TRANSLATE_NOOP("face", "确认是您本人，谢谢。"),
}


@dataclass
class FaceCheck:
    max_tries: int = 3
    steady_frames: int = 3  # good frames in a row before the turn is asked for
    max_yaw: float = 0.3  # a frontal face
    turn: float = 0.12  # how far the nose must move, in eye distances: small on purpose
    turn_timeout_s: float = 10.0  # time to react
    speak_every_s: float = 3.0  # the same guidance is not repeated faster than this
    state: str = "capture"  # capture | turn | matching | passed | fallback
    tries: int = 0
    reason: str = ""  # why the last try failed, or why we fell back
    _good: list[float] = field(default_factory=list)
    _baseline: float = 0.0
    _turn_started: float = 0.0
    _said: tuple[str, float] = ("", -1e9)

    def on_frame(self, check, now: float) -> str | None:
        """Feed one frame's FrameCheck; returns a GUIDANCE/PROMPTS key to say now, or None."""
        if self.state == "capture":
            if check.problem is not None or abs(check.yaw) > self.max_yaw:
                self._good.clear()
                return self._say(check.problem or "not_frontal", now)
            self._good.append(check.yaw)
            if len(self._good) >= self.steady_frames:
                self._baseline = statistics.median(self._good)
                self.state, self._turn_started = "turn", now
                return self._say("turn", now, force=True)
            return None
        if self.state == "turn":
            if check.faces == 1 and abs(check.yaw - self._baseline) >= self.turn:
                self.state = "matching"  # the screen now matches its best frontal frame against the reference
                return None
            if now - self._turn_started > self.turn_timeout_s:
                return self._failed("no_turn", now)
            if check.faces != 1:
                return self._say(check.problem or "no_face", now)
        return None

    def matched(self, match, now: float) -> str | None:
        """The 1:1 result for this try."""
        if match.reason == "no_face_reference":
            self.state, self.reason = "fallback", "no_reference"
            return self._say("no_reference", now, force=True)
        if match.match:
            self.state = "passed"
            return self._say("passed", now, force=True)
        return self._failed("different", now)

    def give_up(self, now: float) -> str | None:
        """The person (or staff) asks for the other way."""
        self.state, self.reason = "fallback", self.reason or "asked"
        return self._say("fallback", now, force=True)

    def _failed(self, reason: str, now: float) -> str | None:
        self.tries += 1
        self.reason = reason
        self._good.clear()
        if self.tries >= self.max_tries:
            self.state = "fallback"
            return self._say("fallback", now, force=True)
        self.state = "capture"
        return self._say(reason, now, force=True)

    def _say(self, key: str, now: float, force: bool = False) -> str | None:  # None: said just now
        last_key, last_at = self._said
        if not force and key == last_key and now - last_at < self.speak_every_s:
            return None
        if not force and key != last_key and now - last_at < 1.0:
            return None  # guidance that flickers frame to frame is not read out at once
        self._said = (key, now)
        return key


def fetch_reference(client, certno: str) -> bytes | None:
    """Blocking (worker thread): the person's reference photo from the center (FA01), as
    bytes kept in memory only; None when the center holds no photo for them."""
    import base64

    from kiosk.sync.client import CenterRefused

    try:
        output = client.call("FA01", {"data": {"certno": certno}})
    except CenterRefused as refusal:
        if refusal.reason == "no_reference_photo":
            return None
        raise
    return base64.b64decode(output["photo"])
