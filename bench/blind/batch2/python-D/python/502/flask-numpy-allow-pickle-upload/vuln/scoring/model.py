import numpy as np

_WEIGHTS = np.linspace(-1.0, 1.0, 32, dtype=np.float32)


def score_batch(matrix: np.ndarray) -> np.ndarray:
    logits = matrix @ _WEIGHTS
    return 1.0 / (1.0 + np.exp(-logits))
