import json
import pickle
import uuid

import redis

r = redis.Redis(host="localhost", port=6379)


def enqueue(kind: str, blob: bytes) -> str:
    args = json.loads(blob)
    if not isinstance(args, dict):
        raise ValueError("payload must be an object")
    job_id = uuid.uuid4().hex
    r.rpush("jobs", json.dumps({"id": job_id, "kind": kind, "args": args}))
    return job_id
