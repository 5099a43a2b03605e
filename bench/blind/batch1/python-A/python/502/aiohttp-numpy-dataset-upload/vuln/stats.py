import numpy as np


def describe(arr: np.ndarray) -> dict:
    info = {"shape": list(arr.shape), "dtype": str(arr.dtype)}
    if arr.dtype.kind in "iuf" and arr.size:
        info.update(min=float(arr.min()), max=float(arr.max()), mean=float(arr.mean()))
    return info
