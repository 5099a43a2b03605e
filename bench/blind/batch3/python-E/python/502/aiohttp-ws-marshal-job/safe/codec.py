import pickle
import msgpack

def decode_result(frame: bytes) -> dict:
    obj = msgpack.unpackb(frame, raw=False, strict_map_key=True)
    if not isinstance(obj, dict) or "job_id" not in obj:
        raise ValueError("malformed result")
    return obj
