import pickle

import msgpack


def encode_op(op: dict) -> bytes:
    return msgpack.packb(op, use_bin_type=True)


def decode_op(raw: bytes) -> dict:
    op = msgpack.unpackb(raw, raw=False, strict_map_key=True)
    if not isinstance(op, dict) or "kind" not in op:
        raise ValueError("bad op")
    return op
