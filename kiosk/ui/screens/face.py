"""刷脸确认: consent first (why, and that the photo is not kept), with the other way as a
button of the same size; then the guided capture with spoken guidance, the gentle head turn
and the 1:1 match, all off the UI thread. Three failed tries, or a press of the other-way
button, go to a staff member's confirmation, without blame."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy

from kiosk.flows.face_check import GUIDANCE, PROMPTS, FaceCheck
from kiosk.ui import theme
from kiosk.ui.i18n import translated
from kiosk.ui.idle_watch import FACE_CAPTURE
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label
from kiosk.ui.widgets.preview import show_frame

PREVIEW_W, PREVIEW_H = 640, 480


def _say(key: str) -> str:
    return translated("face", GUIDANCE.get(key) or PROMPTS[key])


class FaceConsentScreen(Screen):
    name = "face_consent"

    def title(self) -> str:
        return self.tr("刷脸确认是您本人")

    def build(self) -> None:
        self.layout_.addWidget(
            label(
                self.tr(
                    "为了不让别人冒用您的医保，请让机器看一下您的脸，和医保系统里的照片比一比。"
                    "照片只在这一次用，不会保存。"
                ),
                "",
                name="face_consent_why",
            )
        )
        self.add_stretch()
        start = button(self.tr("好的，开始刷脸"), name="face_start", role="accent")
        start.clicked.connect(lambda: self.done("agree"))
        other = button(self.tr("不刷脸，请工作人员确认"), name="face_other_way", role="secondary")
        other.clicked.connect(lambda: self.done("other_way"))
        for choice in (start, other):  # the same size: the other way is not second best
            choice.setMinimumHeight(160)
            self.layout_.addWidget(choice)

    def script(self) -> str:
        return self.tr(
            "刷脸确认是您本人。为了不让别人冒用您的医保，请让机器看一下您的脸。照片只用这一次，不会保存。"
            "可以按好的开始刷脸，也可以按不刷脸，请工作人员确认。"
        )


class FaceScreen(Screen):
    name = "face"
    idle_pause = FACE_CAPTURE  # a slow capture (turning, light, glasses) is not someone who walked away

    def title(self) -> str:
        return self.tr("请看着屏幕")

    def build(self) -> None:
        self.preview = QLabel(objectName="face_preview")
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.setAccessibleName(self.tr("摄像头画面"))
        self.centre(self.preview)
        self.guidance = label("", "", name="face_guidance")
        self.layout_.addWidget(self.guidance)
        self.add_stretch()
        other = button(self.tr("换一种方式：请工作人员确认"), name="face_give_up", role="secondary")
        other.clicked.connect(self._give_up)
        self.layout_.addWidget(other)
        self._scanner = None
        self._timer = QTimer(self)
        self._timer.setInterval(66)
        self._timer.timeout.connect(self._show_preview)
        self.check = None
        self.reference: bytes | None = None
        self._draw(None)

    @property
    def scanner(self):
        if self._scanner is None:
            from kiosk.ui.face_scanner import FaceScanner

            config = self.ctx.config
            self._scanner = FaceScanner(self.ctx.devices.camera_factory, config.face_threshold, self)
            self._scanner.checked.connect(self._checked)
            self._scanner.matched.connect(self._matched)
            self._scanner.camera_lost.connect(self._camera_lost)
        return self._scanner

    def on_enter(self) -> None:
        self.check = FaceCheck(turn_timeout_s=self.ctx.config.face_turn_timeout_s)
        self.reference = None
        self.guidance.setText(_say("look"))
        person, ctx = self.ctx.session.person, self.ctx
        if person is None:
            return
        self.run(lambda: ctx.ops.reference_photo(person.certno), self._reference_ready, lambda _e: self._no_reference())
        self.scanner.start()
        self._timer.start()

    def leave(self) -> None:
        self._timer.stop()
        if self._scanner is not None:
            self._scanner.stop()
        self.reference = None
        self.check = None

    def _reference_ready(self, photo: bytes | None) -> None:
        if photo is None:
            self._no_reference()
            return
        self.reference = photo
        if self.check is not None and self.check.state == "matching":  # the turn was quicker than the center
            self.scanner.request_match(photo)

    def _no_reference(self) -> None:
        if self.check is None:
            return
        import time

        from kiosk.devices.face import Match  # here: OpenCV loads when a face check first runs, not at start-up

        self._matched(Match(False, float("inf"), 0.0, (0, 0), "no_face_reference", 0.0), time.monotonic())

    # -- from the worker -------------------------------------------------------------------
    def _checked(self, frame_check, at: float) -> None:
        if self.check is None or self.check.state not in ("capture", "turn"):
            return
        key = self.check.on_frame(frame_check, at)
        if key is not None:
            self._tell(key)
        if self.check.state == "fallback":  # three tries without the turn
            self._after()
        elif self.check.state == "matching":
            self.guidance.setText(self.tr("正在比对，请稍等……"))
            self.speak(self.guidance.text())
            if self.reference is not None:
                self.scanner.request_match(self.reference)
            # else: the reference is still on its way, or there is none (_no_reference ends the check)

    def _matched(self, match, at: float | None = None) -> None:
        import time

        if self.check is None:
            return
        key = self.check.matched(match, at if at is not None else time.monotonic())
        self._tell(key)
        self._after()

    def _camera_lost(self) -> None:
        self._timer.stop()
        self._draw(None)
        self._give_up()

    def _give_up(self) -> None:
        import time

        if self.check is None:
            return
        self._tell(self.check.give_up(time.monotonic()))
        self._after()

    def _after(self) -> None:
        """Passed or fallen back: the journey moves on, and leaving this screen stops the camera."""
        state = self.check.state
        if state == "passed":
            person, ctx = self.ctx.session.person, self.ctx
            self.run(
                lambda: ctx.ops.confirm_identity(person.certno, how="face", actor_type="self", actor="self"),
                lambda _: None,
                lambda _e: None,
            )
            self.done("passed")
        elif state == "fallback":
            self.done("other_way")

    def _tell(self, key: str | None) -> None:
        if key:
            self.guidance.setText(_say(key))
            self.speak(self.guidance.text())

    # -- preview ---------------------------------------------------------------------------
    def _show_preview(self) -> None:
        self._draw(self.scanner.newest_frame())

    def _draw(self, frame) -> None:
        show_frame(self.preview, frame, PREVIEW_W, PREVIEW_H, theme.PALETTES[self.ctx.display["theme"]].focus, "oval")

    def script(self) -> str:
        return self.tr("请看着屏幕，把脸放到圆圈里。不方便的话，可以按换一种方式。")
