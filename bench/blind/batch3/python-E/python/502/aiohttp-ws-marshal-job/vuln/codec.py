import pickle
import msgpack

def decode_result(frame: bytes) -> dict:
    obj = pickle.loads(frame)  # cg-expect: CWE-502
    if not isinstance(obj, dict) or "job_id" not in obj:
        raise ValueError("malformed result")
    return obj
