import io
import numpy as np


def summarize_upload(f) -> dict:
    buf = io.BytesIO(f.read())
    arr = np.load(buf, allow_pickle=True)  # cg-expect: CWE-502
    if arr.dtype.kind not in "iuf":
        return {"error": "numeric arrays only"}
    return {
        "shape": list(arr.shape),
        "mean": float(arr.mean()),
        "min": float(arr.min()),
        "max": float(arr.max()),
    }
