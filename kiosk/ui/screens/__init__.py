"""Every screen of the kiosk; the shell builds each one on first use."""

from kiosk.ui.screens.account import FamilyScreen, LedgerScreen, ReceiptScreen
from kiosk.ui.screens.ask import AskScreen
from kiosk.ui.screens.balance import BalanceScreen
from kiosk.ui.screens.face import FaceConsentScreen, FaceScreen
from kiosk.ui.screens.filing import FilingDoneScreen, FilingScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.id_entry import IdEntryScreen
from kiosk.ui.screens.my_filings import MyFilingsScreen
from kiosk.ui.screens.proxy import ProxyScreen
from kiosk.ui.screens.rating import RatingScreen
from kiosk.ui.screens.scan import ScanScreen
from kiosk.ui.screens.settings import SettingsScreen
from kiosk.ui.screens.staff_queue import StaffQueueScreen

SCREEN_KINDS = (HomeScreen, SettingsScreen, ScanScreen, IdEntryScreen, BalanceScreen, LedgerScreen, FamilyScreen,
                ReceiptScreen, MyFilingsScreen, FilingScreen, FilingDoneScreen, ProxyScreen, StaffQueueScreen, AskScreen,
                FaceConsentScreen, FaceScreen, RatingScreen)
