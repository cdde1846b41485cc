"""Services this terminal does not offer yet: say so plainly and point to a person."""

from __future__ import annotations

from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.common import button, label


class NotReadyScreen(Screen):
    """One class, one instance per service name; the title says which service."""

    def __init__(self, ctx, name: str, service_title: str):
        self.name = name
        self._service_title = service_title
        super().__init__(ctx)

    def title(self) -> str:
        return self._service_title

    def build(self) -> None:
        self.message = label(self.tr("这台机器暂时还不能办这件事。请到人工窗口办理，或者按下面的按钮请工作人员过来帮您。"), "hint",
                             name="not_ready_message")
        self.layout_.addWidget(self.message)
        call = button(self.tr("请工作人员过来"), name="not_ready_call", role="accent")
        call.clicked.connect(self.ctx.window.call_staff)
        self.layout_.addWidget(call)
        home = button(self.tr("回到首页"), name="not_ready_home", role="secondary")
        home.clicked.connect(self.ctx.window.go_home)
        self.layout_.addWidget(home)
        self.add_stretch()

    def script(self) -> str:
        return self.tr("{title}。这台机器暂时还不能办这件事。请到人工窗口办理，或者按请工作人员过来。").format(title=self._service_title)
