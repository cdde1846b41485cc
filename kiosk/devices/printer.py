"""Receipt printers behind one interface: ESC/POS thermal printers (python-escpos),
or none (the receipt is shown large and read aloud instead)."""

from __future__ import annotations

from typing import Protocol

from kiosk.core.receipt import Receipt


class PrinterUnavailable(RuntimeError):
    pass


class ReceiptPrinter(Protocol):
    def print_receipt(self, receipt: Receipt) -> None: ...


def escpos_bytes(receipt: Receipt) -> bytes:
    """The byte stream an ESC/POS printer gets (GB18030 text, a native QR, a cut)."""
    from escpos.printer import Dummy

    printer = Dummy()
    write_receipt(printer, receipt)
    return printer.output


def write_receipt(printer, receipt: Receipt) -> None:
    lines = receipt.lines()
    printer.set(align="center", bold=True, double_height=True, double_width=True)
    printer._raw((lines[0] + "\n").encode("gb18030"))  # the library's text() knows no GB18030 code page
    printer.set(align="left", bold=False, double_height=True, double_width=False)
    for line in lines[1:]:
        printer._raw((line + "\n").encode("gb18030"))
    printer.set(align="center")
    printer.qr(receipt.qr_text, size=8, native=True)
    printer.cut()


class EscPosPrinter:
    """``url``: usb:VID:PID, serial:/dev/ttyS0, or net:HOST (a printer on the hall's network)."""

    def __init__(self, url: str):
        self._url = url

    def _open(self):
        from escpos import printer as escpos_printer

        kind, _, where = self._url.partition(":")
        try:
            if kind == "usb":
                vendor, product = (int(part, 16) for part in where.split(":"))
                return escpos_printer.Usb(vendor, product)
            if kind == "serial":
                return escpos_printer.Serial(where)
            if kind == "net":
                return escpos_printer.Network(where)
        except Exception as exc:
            raise PrinterUnavailable(f"{self._url}: {exc}") from exc
        raise PrinterUnavailable(f"unknown printer address {self._url}")

    def print_receipt(self, receipt: Receipt) -> None:
        device = self._open()
        try:
            write_receipt(device, receipt)
        except Exception as exc:  # paper out, cable pulled: the screen shows the receipt instead
            raise PrinterUnavailable(str(exc)) from exc
        finally:
            device.close()
