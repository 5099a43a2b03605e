import io

import numpy as np

WEIGHTS = np.array([0.4, 0.25, 0.2, 0.15])


def load_features(stream) -> np.ndarray:
    buf = io.BytesIO(stream.read())
    arr = np.load(buf, allow_pickle=True)  # cg-expect: CWE-502
    if arr.ndim != 2 or arr.shape[1] != WEIGHTS.shape[0]:
        raise ValueError("expected an N x 4 matrix")
    return arr.astype(np.float64)


def score(matrix: np.ndarray) -> list[float]:
    return [round(float(v), 4) for v in matrix @ WEIGHTS]
