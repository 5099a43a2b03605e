import pickle

import msgpack


def encode_frame(obj: dict) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def decode_frame(data: bytes) -> dict:
    obj = pickle.loads(data)  # cg-expect: CWE-502
    if not isinstance(obj, dict):
        raise ValueError("frame must be a map")
    return obj
