"""QR decoding for camera frames and still images: zxing-cpp first, then a short chain of
repairs, cheapest reads per millisecond first, stopping at the first read and when the
frame's time is spent.

Each step earned its place by what it alone recovered of plain zxing-cpp's misses, per kind
of damage, on the synthetic phone frames (``phone_frames``; ``benchmarks/qr_decode.py``
prints that table every run) and on the real photos in ../shared/data/qr_real:

1. zxing-cpp on the whole frame (local binarizer, its own downscale and inversion). Most
   frames end here, in 1-3 ms. Asked to return what it could not decode too, it says where
   it saw a code (finder patterns found, error correction failed): that is the region to
   repair. Otherwise a cheap locator (edges across and along, relative to the local
   contrast, on a quarter-size frame) points at the most code-like patch.
2. ``frame-half-gain3``: the frame at half size (which averages away sensor noise and a
   display's pixel grid, moire) and three times brighter: ZXing's hybrid binarizer (which
   zxing-cpp's LocalAverage follows) takes 8x8 blocks with under 24 grey levels of range for
   flat, which is all of a dim screen.
3. ``photo-up1.5-smooth-global``: small still images only, 1.5x, slightly smoothed.
4. The region, scaled so that the code is about ``ROI_SIDE`` px (small and far codes get
   modules wide enough to sample): unsharp-masked, then as it is.
5. The region deconvolved (Wiener) for a defocus disk of two sizes.
6. The code and its surroundings at 2x (far and glared codes, where the region's box is
   too tight); the full-size frame three times brighter (dim codes too small for half
   size); the global-histogram binarizer (glare's veil); the whole frame at 2x.
Still images (``budget_ms=None``, as ``kiosk qr decode``) get every step, then OpenCV's
detector, plain and for curved surfaces (codes on cloth).

Steps measured but not chained (they added no read the others missed) stay in ``STAGES``.
Time: a frame gets ``FRAME_BUDGET_MS`` of the decode thread's CPU time (so that what is read
does not depend on what else runs) and ``FRAME_WALL_MS`` of wall-clock time (the latency a
person feels, on a loaded machine); each step's CPU cost is estimated from what it cost lately
per megapixel, and the first step that would not fit ends the chain. The
repair that read the previous frame goes first on the next: a held phone keeps its damage.
Text is byte-exact (TextMode.Plain), never "human readable".
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import zxingcpp

FRAME_BUDGET_MS = 11.0  # camera frames: the decode thread's own CPU time for one frame
FRAME_WALL_MS = 14.0  # and the wall-clock ceiling, whatever else runs on the 2 cores (target: p95 <= 15 ms)
ROI_SIDE = 320  # a repaired region is scaled so that the code is about this wide
PHOTO_SIDE = 800  # "photo" steps only run on images up to this side (a frame's would cost too much)
MIN_SIDE = 21  # no step runs on images narrower than the smallest code's modules
MAX_PIXELS = 50_000_000  # still images above this are refused before their pixels are decoded

_Z = zxingcpp


@dataclass(frozen=True)
class QrRead:
    text: str | None
    ms: float
    stage: str  # which step read it (see STAGES), or none
    tried: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.text is not None


def _zxing(gray: np.ndarray, binarizer=_Z.Binarizer.LocalAverage, errors: bool = False, **options):
    if min(gray.shape[:2]) < MIN_SIDE:
        return []
    return _Z.read_barcodes(
        np.ascontiguousarray(gray),
        formats=_Z.BarcodeFormat.QRCode,
        text_mode=_Z.TextMode.Plain,
        binarizer=binarizer,
        return_errors=errors,
        **options,
    )


def _text(found) -> str | None:
    good = [b for b in found if b.valid]
    return good[0].text if good else None


def locate(gray: np.ndarray) -> tuple[int, int, int, int]:
    """x, y, w, h of the most code-like patch: edges across and along, dense for the local contrast."""
    f = 4
    small = cv2.resize(gray, None, fx=1 / f, fy=1 / f, interpolation=cv2.INTER_AREA).astype(np.float32)
    win = (9, 9)
    across = cv2.blur(np.abs(cv2.Sobel(small, cv2.CV_32F, 1, 0, ksize=1)), win)
    along = cv2.blur(np.abs(cv2.Sobel(small, cv2.CV_32F, 0, 1, ksize=1)), win)
    spread = cv2.blur(np.abs(small - cv2.blur(small, win)), win)
    score = np.minimum(across, along) / (spread + 8.0)
    _, peak, _, (x, y) = cv2.minMaxLoc(score)
    _, labels, stats, _ = cv2.connectedComponentsWithStats((score > 0.5 * peak).astype(np.uint8))
    bx, by, bw, bh, _ = stats[labels[y, x]]
    return bx * f, by * f, bw * f, bh * f


def _box(position) -> tuple[int, int, int, int]:
    points = np.array(
        [[p.x, p.y] for p in (position.top_left, position.top_right, position.bottom_right, position.bottom_left)]
    )
    (x0, y0), (x1, y1) = points.min(0), points.max(0)
    return int(x0), int(y0), int(x1 - x0), int(y1 - y0)


def region(
    gray: np.ndarray, box: tuple[int, int, int, int], margin: float = 0.25, scale: float | None = None
) -> np.ndarray:
    """The box with a margin (the quiet zone, a finder pattern zxing missed), the code scaled to ~ROI_SIDE px
    (or by ``scale``)."""
    x, y, w, h = box
    side = max(w, h, 24) * (1 + 2 * margin)
    cx, cy = x + w / 2, y + h / 2
    x0, y0 = int(max(0, cx - side / 2)), int(max(0, cy - side / 2))
    x1, y1 = int(min(gray.shape[1], cx + side / 2)), int(min(gray.shape[0], cy + side / 2))
    crop = gray[y0:y1, x0:x1]
    if scale is None:
        scale = float(np.clip(ROI_SIDE / max(w, h, 24), 0.5, 3.0))
    if abs(scale - 1) < 0.15:
        return crop
    method = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
    return cv2.resize(crop, None, fx=scale, fy=scale, interpolation=method)


def _unsharp(gray: np.ndarray, sigma: float, amount: float) -> np.ndarray:
    return cv2.addWeighted(gray, 1 + amount, cv2.GaussianBlur(gray, (0, 0), sigma), -amount, 0)


@functools.lru_cache(maxsize=64)
def _wiener_filter(shape: tuple[int, int], radius: float, noise: float = 0.01) -> np.ndarray:
    """The Wiener inverse of a defocus disk of ``radius`` px, as a DFT spectrum of ``shape``."""
    reach = int(np.ceil(radius))
    yy, xx = np.mgrid[-reach : reach + 1, -reach : reach + 1]
    disk = np.clip(radius + 0.5 - np.hypot(xx, yy), 0, 1).astype(np.float32)
    kernel = np.zeros(shape, np.float32)
    kernel[: 2 * reach + 1, : 2 * reach + 1] = disk / disk.sum()
    spectrum = cv2.dft(np.roll(kernel, (-reach, -reach), (0, 1)), flags=cv2.DFT_COMPLEX_OUTPUT)
    power = spectrum[..., 0] ** 2 + spectrum[..., 1] ** 2 + noise
    return np.dstack([spectrum[..., 0] / power, -spectrum[..., 1] / power]).astype(np.float32)


def deblur(roi: np.ndarray, radius: float, side: int = 160) -> np.ndarray:
    """Undo a defocus of ``radius`` px with the code scaled to ``side`` px (small: the DFT stays cheap)."""
    scale = side / ROI_SIDE
    small = cv2.resize(roi, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    h, w = small.shape
    rows, cols = cv2.getOptimalDFTSize(h + 8), cv2.getOptimalDFTSize(w + 8)
    padded = cv2.copyMakeBorder(small, 0, rows - h, 0, cols - w, cv2.BORDER_REFLECT).astype(np.float32)
    spectrum = cv2.mulSpectrums(cv2.dft(padded, flags=cv2.DFT_COMPLEX_OUTPUT), _wiener_filter((rows, cols), radius), 0)
    sharp = cv2.idft(spectrum, flags=cv2.DFT_SCALE | cv2.DFT_REAL_OUTPUT)[:h, :w]
    return np.clip(sharp, 0, 255).astype(np.uint8)


def _half(gray: np.ndarray) -> np.ndarray:
    return cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)


_CLAHE = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4))

# name -> (works on, how): "frame" steps see the whole image, "roi" steps the repaired region
STAGES: dict[str, tuple[str, Callable[[np.ndarray], list]]] = {
    "frame-global": ("frame", lambda g: _zxing(g, _Z.Binarizer.GlobalHistogram)),
    "frame-half-gain3": ("frame", lambda g: _zxing(cv2.convertScaleAbs(_half(g), alpha=3), try_downscale=False)),
    "frame-gain3": ("frame", lambda g: _zxing(cv2.convertScaleAbs(g, alpha=3))),
    "photo-up1.5-smooth-global": (
        "photo",
        lambda g: _zxing(
            cv2.GaussianBlur(cv2.resize(g, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_CUBIC), (0, 0), 1.0),
            _Z.Binarizer.GlobalHistogram,
        ),
    ),
    "roi": ("roi", lambda r: _zxing(r, try_downscale=False)),
    "roi-sharpen": ("roi", lambda r: _zxing(_unsharp(r, 3, 3), try_downscale=False)),
    "roi-deblur4": ("roi", lambda r: _zxing(deblur(r, 4), try_downscale=False)),
    "roi-deblur3": ("roi", lambda r: _zxing(deblur(r, 3), try_downscale=False)),
    "roi-blur": ("roi", lambda r: _zxing(cv2.GaussianBlur(r, (0, 0), 1.5), try_downscale=False)),
    "roi-clahe": ("roi", lambda r: _zxing(_CLAHE.apply(r), try_downscale=False)),
    "roi-global": ("roi", lambda r: _zxing(r, _Z.Binarizer.GlobalHistogram, try_downscale=False)),
    "roi-sharpen-hard": ("roi", lambda r: _zxing(_unsharp(r, 2, 6), try_downscale=False)),
    "near-up2": ("near", lambda n: _zxing(cv2.resize(n, None, fx=2, fy=2, interpolation=cv2.INTER_LINEAR))),
    "frame-up2": ("frame", lambda g: _zxing(cv2.resize(g, None, fx=2, fy=2, interpolation=cv2.INTER_LINEAR))),
}
# cheapest reads per millisecond first (measured on the misses of plain zxing-cpp, see the module docstring)
CHAIN = (
    "frame-half-gain3",
    "photo-up1.5-smooth-global",
    "roi-sharpen-hard",
    "roi",
    "roi-deblur3",
    "roi-deblur4",
    "near-up2",
    "frame-gain3",
    "frame-global",
    "frame-up2",
)


@dataclass
class _Cost:
    """What a step has cost lately in CPU time, per megapixel of its input (this machine)."""

    ms_per_mpx: dict[str, float] = field(default_factory=dict)

    def guess(self, stage: str, pixels: int) -> float:
        return self.ms_per_mpx.get(stage, 1.0) * pixels / 1e6

    def learn(self, stage: str, pixels: int, ms: float) -> None:
        seen = ms * 1e6 / max(pixels, 1)
        old = self.ms_per_mpx.get(stage)
        self.ms_per_mpx[stage] = seen if old is None else 0.8 * old + 0.2 * seen

    def skipped(self, stage: str) -> None:
        """A step left out for lack of time forgets a little of what it cost: one slow moment (another
        process on the cores) must not keep it out for good, since it is only measured when it runs."""
        if stage in self.ms_per_mpx:
            self.ms_per_mpx[stage] *= 0.9


class QrDecoder:
    """One per thread. ``decode`` on a camera frame keeps within ``budget_ms``; still images
    (``budget_ms=None``) get every step and OpenCV's detector as well."""

    def __init__(
        self, chain: tuple[str, ...] = CHAIN, budget_ms: float | None = FRAME_BUDGET_MS, wall_ms: float = FRAME_WALL_MS
    ):
        self._chain = chain
        self._budget_ms = budget_ms
        self._wall_ms = wall_ms
        self._opencv = None
        self._cost = _Cost()
        self._last_step: str | None = None  # the repair that read the previous frame
        self._last_box: tuple[int, int, int, int] | None = None  # where, if it was read in a region

    def decode(self, image: np.ndarray, budget_ms: float | None | str = "default") -> QrRead:
        started = (time.perf_counter(), time.thread_time())
        budget = self._budget_ms if budget_ms == "default" else budget_ms
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        found = _zxing(gray, errors=True)
        text, stage, tried = _text(found), "zxing", ["zxing"]
        if text is None and min(gray.shape[:2]) < MIN_SIDE:
            stage = "none"  # a version 1 code is 21 modules: nothing smaller is worth repairing
        elif text is None:
            stage = "none"
            for name, attempt in self._attempts(gray, found, started, budget):
                tried.append(name)
                text = attempt()
                if text is not None:
                    stage = name
                    break
        self._last_step = stage if stage in STAGES else None
        if self._last_step is None or STAGES[self._last_step][0] not in ("roi", "near"):
            self._last_box = None
        return QrRead(text, (time.perf_counter() - started[0]) * 1000, stage, tuple(tried))

    def _order(self) -> list[str]:
        """The chain, cheapest first; the repair that read the last frame goes first: a held phone's
        next frame has the same damage, and the kiosk needs two agreeing reads."""
        if self._last_step in self._chain:
            return [self._last_step] + [name for name in self._chain if name != self._last_step]
        return list(self._chain)

    def _attempts(self, gray: np.ndarray, found: list, started: tuple[float, float], budget: float | None) -> Iterator:
        """(name, attempt) for each step of the chain that still fits in the frame's time."""
        box = roi = near = None
        order = self._order()
        for index, name in enumerate(order):
            works_on, how = STAGES[name]
            if works_on == "photo" and max(gray.shape) > PHOTO_SIDE:
                continue
            if works_on in ("roi", "near") and box is None:
                if not self._fits("region", gray.size, started, budget):
                    for left in ["region", *order[index:]]:
                        self._cost.skipped(left)
                    return
                began = time.thread_time()
                # zxing-cpp's sighting, else where the last frame was read (a held phone barely moves), else look
                box = _box(found[0].position) if found else self._last_box or locate(gray)
                self._last_box = box
                self._cost.learn("region", gray.size, (time.thread_time() - began) * 1000)
            if works_on == "roi" and roi is None:
                roi = region(gray, box)
            if works_on == "near" and near is None:
                near = region(gray, box, margin=0.5, scale=1.0)  # the code and its surroundings, at frame scale
            subject = {"roi": roi, "near": near}.get(works_on, gray)
            if not self._fits(name, subject.size, started, budget):
                for left in order[index:]:
                    self._cost.skipped(left)
                return
            yield name, self._timed(name, how, subject, subject.size)
        if budget is None:  # still images: OpenCV's detector, and its reading of codes on a curved surface
            yield "opencv", lambda: opencv_text(self._opencv_detector(), gray)
            yield "opencv-curved", lambda: opencv_text(self._opencv_detector(), gray, curved=True)
            yield "opencv-curved-clahe", lambda: opencv_text(self._opencv_detector(), _CLAHE.apply(gray), curved=True)

    def _fits(self, step: str, pixels: int, started: tuple[float, float], budget: float | None) -> bool:
        """Whether ``step`` fits in what is left of the frame's CPU budget and of its wall-clock ceiling.

        Costs are learnt in this thread's CPU time, so they do not swell when other processes
        load the cores; the wall-clock check scales the guess by how much slower than its CPU
        time this frame has run so far (the load of the moment)."""
        if budget is None:
            return True
        wall = (time.perf_counter() - started[0]) * 1000
        cpu = (time.thread_time() - started[1]) * 1000
        guess = self._cost.guess(step, pixels)
        slowdown = max(1.0, wall / cpu) if cpu > 0.2 else 1.0
        return cpu + guess <= budget and wall + guess * slowdown <= self._wall_ms

    def _timed(self, name: str, how, subject: np.ndarray, pixels: int) -> Callable[[], str | None]:
        def attempt() -> str | None:
            began = time.thread_time()
            text = _text(how(subject))
            self._cost.learn(name, pixels, (time.thread_time() - began) * 1000)
            return text

        return attempt

    def _opencv_detector(self):
        if self._opencv is None:
            self._opencv = cv2.QRCodeDetector()
        return self._opencv


def opencv_text(detector, gray: np.ndarray, curved: bool = False) -> str | None:
    try:
        return (detector.detectAndDecodeCurved if curved else detector.detectAndDecode)(gray)[0] or None
    except (UnicodeDecodeError, cv2.error):  # modes OpenCV cannot decode (Kanji, Shift_JIS) are not ours anyway
        return None


def image_size(path: Path) -> tuple[int, int]:
    """(width, height) from the file's header alone; ValueError when it is not an image at all
    or so large that Pillow will not describe it."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as header:  # lazy: reads the header, not the pixels
                return header.size
    except Image.DecompressionBombError as exc:  # over 2x Pillow's own bound (179 million pixels): over ours too
        raise ValueError(f"{path} has more pixels than this kiosk decodes") from exc
    except (UnidentifiedImageError, OSError, SyntaxError) as exc:
        raise ValueError(f"{path} is not an image this kiosk can read") from exc


def read_image(path: Path, max_pixels: int = MAX_PIXELS) -> np.ndarray:
    """A grey image; ValueError (one plain sentence) for what is not an image or is too large to decode.

    The size is checked from the header before any pixel is decoded: a 32000x32000 PNG is a few
    hundred kilobytes on disk and a gigabyte or more in memory.
    """
    width, height = image_size(path)
    if width * height > max_pixels:
        raise ValueError(
            f"{path} is {width}x{height}: more pixels than the {max_pixels // 1_000_000} million this kiosk decodes"
        )
    # imdecode handles non-ASCII paths and every format OpenCV reads (png, jpg, webp)
    data = np.fromfile(str(path), dtype=np.uint8)
    image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None
    if image is None:
        raise ValueError(f"{path} is not an image this kiosk can read")
    return image
