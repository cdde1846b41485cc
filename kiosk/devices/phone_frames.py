"""Camera frames of a phone screen showing a QR code, with the damage a hall camera meets.

A phone held in front of a 1280x720 webcam: the screen (a white page with the code, a
coloured header and lines of text; light-on-dark in dark mode) inside a dark bezel, seen
in perspective through a pinhole camera, over a cluttered background; then the optics
(slight blur, defocus), the display (its pixel grid beating against the sensor's: moire;
a specular reflection: glare), the exposure (a dim screen, camera gain) and the sensor
(noise, MJPEG compression).

``PhonePose.draw(kind, strength, rng)`` picks the scene for one held phone; ``render``
draws one frame of it, with the hand's tremor and fresh sensor noise each time, so that
a sequence of frames is what the decode thread sees while a person holds the phone up.
Strength runs from 0 (barely) to 1 (the hardest the kiosk is asked to read).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import cv2
import numpy as np

DAMAGE_KINDS = (
    "nominal",
    "blur",
    "moire",
    "far_tilt_glare",
    "small",
    "dim",
    "tilt",
    "glare",
    "dark",
    "jpeg",
    "motion",
    "overexposed",
)
FOCAL_PX = 950.0  # a 720p webcam with about 68 degrees of horizontal view


@dataclass(frozen=True)
class PhonePose:
    """Everything fixed while one person holds one phone up (the tremor is added per frame)."""

    code_px: float = 300.0  # the code's side with its quiet zone, in frame pixels, seen face on
    centre: tuple[float, float] = (640.0, 360.0)
    roll_deg: float = 0.0  # in-plane rotation
    pitch_deg: float = 0.0  # tilt towards/away from the camera (perspective)
    yaw_deg: float = 0.0
    dark_mode: bool = False
    white: float = 235.0  # the screen's white as the camera exposes it
    black: float = 28.0  # the screen's black (never 0: the room reflects off the glass)
    glare: float = 0.0  # peak of a specular reflection added on the glass (0: none)
    glare_radius: float = 0.2  # in code sides
    glare_at: tuple[float, float] = (0.35, 0.35)  # in code sides from the code's top-left
    veil: float = 0.0  # glare spread over the whole screen (lowers contrast)
    defocus_px: float = 0.0  # radius of the defocus disk
    motion_px: float = 0.0  # length of a motion streak
    motion_deg: float = 0.0
    optics_sigma: float = 0.6  # every lens blurs a little
    moire: float = 0.0  # depth of the display's pixel grid (0: none)
    moire_pitch: float = 1.0  # the grid's pitch in frame pixels
    noise: float = 3.0  # sensor noise, sigma in grey levels
    jpeg_quality: int = 90  # the camera's MJPEG
    gain: float = 1.0  # the whole frame's exposure (a dim hall)

    @staticmethod
    def draw(kind: str, strength: float, rng: np.random.Generator) -> "PhonePose":
        """A random held phone with ``kind`` of damage at ``strength`` (0..1)."""
        if kind not in DAMAGE_KINDS:
            raise ValueError(f"unknown damage {kind!r}; one of {', '.join(DAMAGE_KINDS)}")
        s = float(np.clip(strength, 0.0, 1.0))
        u = rng.uniform
        pose = PhonePose(
            code_px=u(220, 340),
            centre=(640 + u(-160, 160), 360 + u(-70, 70)),
            roll_deg=u(-20, 20),
            pitch_deg=u(-8, 8),
            yaw_deg=u(-8, 8),
            white=u(215, 250),
            black=u(18, 40),
            noise=u(2, 4),
            jpeg_quality=int(u(80, 95)),
            optics_sigma=u(0.5, 0.8),
        )
        side = rng.choice([-1, 1], 2)
        if kind == "blur":
            module = pose.code_px / 37
            pose = replace(pose, defocus_px=module * (0.3 + 0.45 * s) * u(0.9, 1.1))
        elif kind == "motion":
            pose = replace(pose, motion_px=(pose.code_px / 37) * (0.6 + 1.2 * s), motion_deg=u(0, 180))
        elif kind == "moire":
            # a grid finer than the sensor folds back to a slow beat: frequency n + d cycles/px beats at d
            pitch = 1 / (int(rng.integers(1, 3)) + side[0] * u(0.03, 0.3))
            pose = replace(pose, moire=0.25 + 0.5 * s, moire_pitch=pitch, optics_sigma=u(0.3, 0.5))
        elif kind == "far_tilt_glare":
            pose = replace(
                pose,
                code_px=u(150, 190) - 50 * s,
                pitch_deg=side[0] * u(15, 25 + 15 * s),
                yaw_deg=side[1] * u(10, 15 + 15 * s),
                glare=60 + 120 * s,
                glare_radius=u(0.12, 0.2),
                glare_at=(u(0.2, 0.8), u(0.2, 0.8)),
            )
        elif kind == "small":
            pose = replace(pose, code_px=u(0.95, 1.05) * (150 - 85 * s))
        elif kind == "dim":
            white = 110 - 80 * s
            pose = replace(pose, white=white * u(0.9, 1.1), black=u(12, 20), noise=u(3, 5), gain=1.0)
        elif kind == "overexposed":
            pose = replace(pose, white=255, black=u(110, 150) + 60 * s, veil=20 * s)
        elif kind == "tilt":
            pose = replace(
                pose, roll_deg=u(-180, 180), pitch_deg=side[0] * u(25, 35 + 25 * s), yaw_deg=side[1] * u(5, 10 + 25 * s)
            )
        elif kind == "glare":
            pose = replace(
                pose,
                glare=100 + 150 * s,
                glare_radius=0.1 + 0.1 * s,
                veil=u(5, 15) + 20 * s,
                glare_at=(u(0.25, 0.75), u(0.25, 0.75)),
            )
        elif kind == "dark":
            pose = replace(pose, dark_mode=True, white=u(150, 200) - 50 * s, black=u(15, 30), veil=10 * s)
        elif kind == "jpeg":
            pose = replace(pose, noise=8 + 20 * s, jpeg_quality=int(35 - 27 * s))
        return pose

    def tremor(self, rng: np.random.Generator) -> "PhonePose":
        """The same phone a frame later: a hand is never quite still."""
        x, y = self.centre
        return replace(
            self,
            centre=(x + rng.normal(0, 2.5), y + rng.normal(0, 2.5)),
            roll_deg=self.roll_deg + rng.normal(0, 0.6),
            pitch_deg=self.pitch_deg + rng.normal(0, 0.8),
            yaw_deg=self.yaw_deg + rng.normal(0, 0.8),
            glare_at=(self.glare_at[0] + rng.normal(0, 0.02), self.glare_at[1] + rng.normal(0, 0.02)),
        )


def screen_image(code: np.ndarray | None, rng: np.random.Generator, dark_mode: bool) -> tuple[np.ndarray, tuple]:
    """The phone's page as 0..1 reflectance (1 = the screen's white), and the code's box on it.

    ``code`` is a QR image (0 dark, 255 light, quiet zone included) at the screen's resolution.
    """
    side = code.shape[0] if code is not None else 300
    width = int(side * rng.uniform(1.35, 1.6))
    height = int(width * rng.uniform(1.9, 2.15))
    page = np.ones((height, width), np.float32)
    header = int(height * 0.1)
    page[:header] = rng.uniform(0.45, 0.7)  # the app's coloured title bar
    top = int(height * rng.uniform(0.28, 0.34))
    left = (width - side) // 2
    for row in range(header + 20, top - 20, 34):  # name and masked ID above the code
        page[row : row + 18, left : left + int(side * rng.uniform(0.3, 0.9))] = 0.35
    for row in range(top + side + 30, min(height - 30, top + side + 200), 40):  # notes under it
        page[row : row + 16, int(width * 0.1) : int(width * rng.uniform(0.5, 0.9))] = 0.5
    if code is not None:
        page[top : top + side, left : left + side] = code.astype(np.float32) / 255.0
    if dark_mode:
        page = 1.0 - page
    return page, (left, top, side)


def _rotation(roll: float, pitch: float, yaw: float) -> np.ndarray:
    r, p, y = (math.radians(a) for a in (roll, pitch, yaw))
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    rx = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    return rz @ rx @ ry


def homography(pose: PhonePose, code_box: tuple, page_shape: tuple) -> np.ndarray:
    """Page pixels -> frame pixels: the page is a plane at the distance where the code is ``code_px`` wide."""
    left, top, side = code_box
    scale = pose.code_px / side
    cx, cy = left + side / 2, top + side / 2
    height, width = page_shape
    src = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    plane = np.array([[(x - cx) * scale, (y - cy) * scale, 0.0] for x, y in src])
    world = plane @ _rotation(pose.roll_deg, pose.pitch_deg, pose.yaw_deg).T + [0, 0, FOCAL_PX]
    dst = (world[:, :2] / world[:, 2:3] * FOCAL_PX + pose.centre).astype(np.float32)
    return cv2.getPerspectiveTransform(src, dst)


def code_quad(pose: PhonePose, code_box: tuple, page_shape: tuple) -> np.ndarray:
    """The code's four corners (quiet zone included) in the frame, clockwise from top-left."""
    left, top, side = code_box
    corners = np.array([[[left, top], [left + side, top], [left + side, top + side], [left, top + side]]], np.float32)
    return cv2.perspectiveTransform(corners, homography(pose, code_box, page_shape))[0]


def background(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """A hall behind the phone: soft light, a few hard edges (a sleeve, a counter, a sign)."""
    width, height = size
    soft = cv2.resize(rng.uniform(50, 190, (5, 8)).astype(np.float32), (width, height), interpolation=cv2.INTER_CUBIC)
    for _ in range(int(rng.integers(3, 9))):
        x0, y0 = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(20, 400)), int(rng.integers(10, 300))
        soft[y0 : y0 + h, x0 : x0 + w] = rng.uniform(20, 230)
    return soft


def _disk(radius: float) -> np.ndarray:
    r = max(radius, 0.5)
    n = int(math.ceil(r)) * 2 + 1
    yy, xx = np.mgrid[:n, :n] - n // 2
    kernel = np.clip(r + 0.5 - np.hypot(xx, yy), 0, 1).astype(np.float32)
    return kernel / kernel.sum()


def _streak(length: float, angle_deg: float) -> np.ndarray:
    n = int(math.ceil(length)) | 1
    kernel = np.zeros((n, n), np.float32)
    kernel[n // 2, :] = 1
    rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), angle_deg, 1.0)
    kernel = cv2.warpAffine(kernel, rot, (n, n))
    return kernel / max(kernel.sum(), 1e-6)


def render(
    pose: PhonePose,
    page: np.ndarray | None,
    code_box: tuple,
    rng: np.random.Generator,
    size: tuple[int, int] = (1280, 720),
) -> np.ndarray:
    """One BGR frame of the scene (``page`` None: nobody is holding a phone up)."""
    width, height = size
    frame = background(size, rng)
    if page is not None:
        matrix = homography(pose, code_box, page.shape)
        # downscale the page towards the frame's scale first: warpPerspective samples, it does not average
        shrink = max(1.0, 0.7 * code_box[2] / pose.code_px)
        small = page
        if shrink > 1:
            small = cv2.resize(page, None, fx=1 / shrink, fy=1 / shrink, interpolation=cv2.INTER_AREA)
        matrix = matrix @ np.diag([shrink, shrink, 1.0])
        screen = cv2.warpPerspective(small, matrix, size, flags=cv2.INTER_LINEAR, borderValue=-1.0)
        inside = screen >= 0
        bezel = (
            cv2.warpPerspective(
                np.ones((small.shape[0] + 40, small.shape[1] + 30), np.float32),
                matrix @ np.array([[1, 0, -15], [0, 1, -20], [0, 0, 1.0]]),
                size,
                flags=cv2.INTER_LINEAR,
            )
            > 0.5
        )
        if pose.moire > 0:
            page_px = code_box[2] / shrink / pose.code_px  # page pixels per frame pixel, face on
            screen = np.where(inside, screen * _pixel_grid(pose, matrix, size, page_px), screen)
        light = pose.black + (pose.white - pose.black) * screen + pose.veil
        if pose.glare > 0:
            light += _glare(pose, code_box, matrix @ np.diag([1 / shrink, 1 / shrink, 1.0]), size)
        frame = np.where(bezel, rng.uniform(15, 35), frame)
        frame = np.where(inside, light, frame)
    frame = frame * pose.gain
    if pose.defocus_px > 0.5:
        frame = cv2.filter2D(frame, -1, _disk(pose.defocus_px), borderType=cv2.BORDER_REFLECT)
    if pose.motion_px > 1:
        frame = cv2.filter2D(frame, -1, _streak(pose.motion_px, pose.motion_deg), borderType=cv2.BORDER_REFLECT)
    frame = cv2.GaussianBlur(frame, (0, 0), pose.optics_sigma)
    frame = frame + rng.normal(0, pose.noise, frame.shape).astype(np.float32)
    gray = np.clip(frame, 0, 255).astype(np.uint8)
    bgr = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)
    ok, jpeg = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(pose.jpeg_quality)])
    return cv2.imdecode(jpeg, cv2.IMREAD_COLOR) if ok else bgr


def _pixel_grid(pose: PhonePose, page_to_frame: np.ndarray, size: tuple[int, int], page_px: float) -> np.ndarray:
    """The display's pixel grid, sampled once per camera pixel: where the two pitches beat, moire."""
    width, height = size
    inverse = np.linalg.inv(page_to_frame)
    xs, ys = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    w = inverse[2, 0] * xs + inverse[2, 1] * ys + inverse[2, 2]
    u = (inverse[0, 0] * xs + inverse[0, 1] * ys + inverse[0, 2]) / w
    v = (inverse[1, 0] * xs + inverse[1, 1] * ys + inverse[1, 2]) / w
    pitch = pose.moire_pitch * page_px  # the display's pitch, in page pixels, that lands on moire_pitch frame pixels
    grid = (0.5 + 0.5 * np.cos(2 * np.pi * u / pitch)) * (0.5 + 0.5 * np.cos(2 * np.pi * v / pitch))
    return (1.0 - pose.moire * (1.0 - grid)).astype(np.float32)


def _glare(pose: PhonePose, code_box: tuple, page_to_frame: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    left, top, side = code_box
    at = np.array([[[left + pose.glare_at[0] * side, top + pose.glare_at[1] * side]]], np.float32)
    x, y = cv2.perspectiveTransform(at, page_to_frame)[0, 0]
    radius = pose.glare_radius * pose.code_px
    width, height = size
    xs, ys = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    d2 = ((xs - x) ** 2 + ((ys - y) * 1.4) ** 2) / (radius * radius)
    return (pose.glare * np.exp(-d2 * d2)).astype(np.float32)  # flat top, soft edge: a lamp on glass
