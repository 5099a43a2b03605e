import io

import numpy as np

EXPECTED_COLUMNS = 32


class FeatureError(ValueError):
    pass


def load_features(stream) -> np.ndarray:
    buf = io.BytesIO(stream.read(50 * 1024 * 1024))
    try:
        matrix = np.load(buf, allow_pickle=False)
    except ValueError as exc:
        raise FeatureError("object arrays are not accepted") from exc
    if matrix.ndim != 2 or matrix.shape[1] != EXPECTED_COLUMNS:
        raise FeatureError(f"expected N x {EXPECTED_COLUMNS} matrix")
    return matrix.astype(np.float32)
