"""Step one of every service: show the 医保码 to the camera (or the scanner), or type the ID number."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy

from kiosk.core.errors import catalogue_key
from kiosk.ui import theme
from kiosk.ui.card_pickup import CardPickup
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label
from kiosk.ui.widgets.preview import show_frame

PREVIEW_W, PREVIEW_H = 896, 504


class ScanScreen(Screen):
    name = "scan"

    def title(self) -> str:
        return self.tr("请出示医保码")

    def hints(self) -> dict[str, str]:
        return {
            "aim": self.tr("请把手机上的医保码对准屏幕下面的摄像头"),
            "closer": self.tr("再近一点，让医保码在方框里"),
            "too_dark": self.tr("屏幕太暗，请把手机调亮一点"),
        }

    def build(self) -> None:
        self.layout_.addWidget(
            label(self.tr("打开手机上的医保电子凭证，对准摄像头，或者放到扫码口。"), "hint", name="scan_intro")
        )
        self.preview = QLabel(objectName="scan_preview")
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.setAccessibleName(self.tr("摄像头画面"))
        self.centre(self.preview)
        self.hint = label(self.hints()["aim"], "", name="scan_hint")
        self.layout_.addWidget(self.hint)
        self.error = label("", "error", name="scan_error")
        self.layout_.addWidget(self.error)
        self.add_stretch()
        by_id = button(self.tr("没有手机？输入身份证号码"), name="scan_by_id")
        by_id.clicked.connect(lambda: self.done("type_id"))
        self.layout_.addWidget(by_id)
        self._scanner = None  # OpenCV and the decoders load on first use, not at start-up
        self._preview_timer = QTimer(self)
        self._preview_timer.setInterval(66)  # 15 fps is plenty for aiming a phone
        self._preview_timer.timeout.connect(self._show_preview)
        self._busy = False
        self._draw_preview(None)
        self.pickup = CardPickup(self, lambda key: self.say_error(self.error, key))  # a card works here too

    def script(self) -> str:
        return self.tr(
            "第一步，确认是您本人：请打开手机上的医保电子凭证，把二维码对准屏幕下面的摄像头。"
            "没有手机的话，请按屏幕上的输入身份证号码。"
        )

    @property
    def scanner(self):
        if self._scanner is None:
            from kiosk.ui.scanner import CameraScanner

            self._scanner = CameraScanner(self.ctx.devices.camera_factory, self)
            self._scanner.code_confirmed.connect(self.accept_code)
            self._scanner.hint.connect(self._hint)
            self._scanner.camera_lost.connect(self._camera_lost)
        return self._scanner

    def on_enter(self) -> None:
        self.error.setText("")
        self._busy = False
        self.scanner.start()
        self._preview_timer.start()
        self.pickup.start()

    def leave(self) -> None:
        self.pickup.stop()
        self._preview_timer.stop()
        if self._scanner is not None:
            self._scanner.stop()

    # -- scanning ----------------------------------------------------------------------
    def _hint(self, key: str) -> None:
        text = self.hints().get(key, "")
        if text and text != self.hint.text():
            self.hint.setText(text)
            if key != "aim":
                self.speak(text)

    def _camera_lost(self) -> None:
        self._preview_timer.stop()
        self._draw_preview(None)
        self.say_error(self.error, "camera_missing")

    def accept_code(self, text: str) -> None:
        """A confirmed camera read or a scanner burst: identify the person with it."""
        if self._busy:
            return
        self._busy = True
        if self._scanner is not None:
            self._scanner.stop()
        self._preview_timer.stop()
        self.hint.setText(self.tr("正在查询，请稍等……"))
        self.speak(self.tr("扫到了。正在查询，请稍等。"))
        ctx = self.ctx
        self.run(lambda: ctx.ops.lookup_by_voucher(text), self._found, self._failed)

    def _found(self, person) -> None:
        self.done("identified", person=person, by="voucher")

    def _failed(self, error) -> None:
        self._busy = False
        self.say_error(self.error, catalogue_key(error))
        self.hint.setText(self.hints()["aim"])
        self.scanner.start()
        self._preview_timer.start()

    # -- preview -------------------------------------------------------------------------
    def _show_preview(self) -> None:
        self._draw_preview(self.scanner.newest_frame())

    def _draw_preview(self, frame) -> None:
        show_frame(self.preview, frame, PREVIEW_W, PREVIEW_H, theme.PALETTES[self.ctx.display["theme"]].focus, "square")
