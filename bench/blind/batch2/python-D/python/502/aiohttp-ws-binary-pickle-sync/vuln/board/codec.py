import pickle

import msgpack


def encode_op(op: dict) -> bytes:
    return pickle.dumps(op, protocol=pickle.HIGHEST_PROTOCOL)


def decode_op(raw: bytes) -> dict:
    op = pickle.loads(raw)  # cg-expect: CWE-502
    if not isinstance(op, dict) or "kind" not in op:
        raise ValueError("bad op")
    return op
