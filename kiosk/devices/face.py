"""Face checks with dlib: per-frame quality on a downscaled frame (what to tell the person),
the head's turn for the liveness challenge, and 1:1 matching with dlib's ResNet embedding
(the 5-point landmark model and the embedding model of face_recognition_models, both
public domain; the 68-point model, trained on data excluding commercial use, is not used).

Frames and embeddings stay in memory: nothing here writes an image, an embedding or a
landmark to disk or to the log.
"""

from __future__ import annotations

import functools
import importlib.util
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

DEFAULT_THRESHOLD = 0.6  # Euclidean distance of 128-d embeddings; dlib's published operating point
GUIDE_WIDTH = 320  # frames are assessed at this width so the preview stays smooth
MATCH_SIZE = 800  # longest side for matching

# check() names a problem with a frame by a key; what to say for each key is in
# kiosk.flows.face_check.GUIDANCE


@functools.cache
def _models() -> dict:
    """dlib and its model files, loaded once (about half a second)."""
    import dlib

    spec = importlib.util.find_spec("face_recognition_models")  # not its __init__: that imports pkg_resources
    if spec is None or spec.origin is None:
        raise RuntimeError("face_recognition_models is not installed")
    models = Path(spec.origin).parent / "models"
    return {
        "detector": dlib.get_frontal_face_detector(),
        "landmarks": dlib.shape_predictor(str(models / "shape_predictor_5_face_landmarks.dat")),
        "embedder": dlib.face_recognition_model_v1(str(models / "dlib_face_recognition_resnet_model_v1.dat")),
        "rectangle": dlib.rectangle,
    }


@dataclass(frozen=True)
class FrameCheck:
    problem: str | None  # no_face | two_faces | too_far | too_close | off_centre | too_dark | blurry, or None
    faces: int
    yaw: float = 0.0  # nose offset from the eyes' midpoint, in eye distances (+ = the person's left)
    box: tuple[int, int, int, int] | None = None  # left, top, right, bottom in the full frame


@dataclass(frozen=True)
class Match:
    match: bool
    score: float  # distance: lower is more alike
    threshold: float
    faces: tuple[int, int]  # faces found in (live, reference)
    reason: str  # match | different_person | no_face_live | no_face_reference
    ms: float


class FaceEngine:
    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        min_face: float = 0.18,
        max_face: float = 0.65,
        min_brightness: float = 60.0,
        min_sharpness: float = 15.0,
        max_yaw: float = 0.3,
    ):
        self.threshold = threshold
        self.min_face, self.max_face = min_face, max_face
        self.min_brightness, self.min_sharpness, self.max_yaw = min_brightness, min_sharpness, max_yaw

    # -- guidance: one downscaled frame ---------------------------------------------------
    def check(self, frame: np.ndarray) -> FrameCheck:
        models = _models()
        scale = GUIDE_WIDTH / frame.shape[1]
        small = cv2.resize(frame, (GUIDE_WIDTH, max(1, round(frame.shape[0] * scale))), interpolation=cv2.INTER_AREA)
        gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
        faces = list(models["detector"](gray, 1))
        if not faces:
            return FrameCheck("too_dark" if gray.mean() < self.min_brightness else "no_face", 0)
        if len(faces) > 1:
            return FrameCheck("two_faces", len(faces))
        face = faces[0]
        box = tuple(round(v / scale) for v in (face.left(), face.top(), face.right(), face.bottom()))
        width_share = face.width() / small.shape[1]
        centre_x = (face.left() + face.right()) / 2 / small.shape[1]
        centre_y = (face.top() + face.bottom()) / 2 / small.shape[0]
        roi = gray[max(0, face.top()) : face.bottom(), max(0, face.left()) : face.right()]
        yaw = _yaw(models["landmarks"](gray, face))
        problem = None
        if roi.size == 0 or roi.mean() < self.min_brightness:
            problem = "too_dark"
        elif width_share < self.min_face:
            problem = "too_far"
        elif width_share > self.max_face:
            problem = "too_close"
        elif abs(centre_x - 0.5) > 0.2 or abs(centre_y - 0.5) > 0.25:
            problem = "off_centre"
        elif cv2.Laplacian(roi, cv2.CV_64F).var() < self.min_sharpness:
            problem = "blurry"
        return FrameCheck(problem, 1, yaw, box)

    # -- matching: full resolution ----------------------------------------------------------
    def embedding(self, image: np.ndarray) -> tuple[np.ndarray | None, int]:
        """(the largest face's 128-d embedding or None, faces found)."""
        models = _models()
        scale = min(1.0, MATCH_SIZE / max(image.shape[:2]))  # the embedding works on a 150 px chip anyway
        if scale < 1.0:
            image = cv2.resize(
                image, (round(image.shape[1] * scale), round(image.shape[0] * scale)), interpolation=cv2.INTER_AREA
            )
        rgb = cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
        faces = list(models["detector"](rgb, 0)) or list(models["detector"](rgb, 1))  # upsample only for small faces
        if not faces:
            return None, 0
        face = max(faces, key=lambda f: f.width() * f.height())
        shape = models["landmarks"](rgb, face)
        return np.asarray(models["embedder"].compute_face_descriptor(rgb, shape)), len(faces)

    def verify(self, live: np.ndarray, reference: np.ndarray) -> Match:
        start = time.perf_counter()
        return self.decide(self.embedding(live), self.embedding(reference), start)

    def decide(
        self, live: tuple[np.ndarray | None, int], reference: tuple[np.ndarray | None, int], start: float
    ) -> Match:
        """The decision from two (embedding, faces found) pairs; ``start`` is when the work began."""
        (live_vector, live_faces), (reference_vector, reference_faces) = live, reference
        faces = (live_faces, reference_faces)
        ms = round((time.perf_counter() - start) * 1000, 1)
        if live_vector is None:
            return Match(False, float("inf"), self.threshold, faces, "no_face_live", ms)
        if reference_vector is None:
            return Match(False, float("inf"), self.threshold, faces, "no_face_reference", ms)
        score = float(np.linalg.norm(live_vector - reference_vector))
        matched = score <= self.threshold
        return Match(matched, round(score, 4), self.threshold, faces, "match" if matched else "different_person", ms)


def _yaw(shape) -> float:
    """dlib's 5 points: 0-1 one eye's corners, 2-3 the other's, 4 under the nose."""
    points = np.array([(shape.part(i).x, shape.part(i).y) for i in range(5)], dtype=float)
    eye_a, eye_b = points[0:2].mean(axis=0), points[2:4].mean(axis=0)
    distance = np.linalg.norm(eye_a - eye_b) or 1.0
    return float((points[4][0] - (eye_a[0] + eye_b[0]) / 2) / distance)


def read_image(path: Path) -> np.ndarray:
    image = cv2.imread(str(path))
    if image is None:
        raise ValueError(f"{path} is not an image")
    return image
