import pickle

import msgpack


def encode_frame(obj: dict) -> bytes:
    return msgpack.packb(obj, use_bin_type=True)


def decode_frame(data: bytes) -> dict:
    obj = msgpack.unpackb(data, raw=False, strict_map_key=True)
    if not isinstance(obj, dict):
        raise ValueError("frame must be a map")
    return obj
