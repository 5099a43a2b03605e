import json
import pickle
import uuid

import redis

r = redis.Redis(host="localhost", port=6379)


def enqueue(kind: str, blob: bytes) -> str:
    args = pickle.loads(blob)  # cg-expect: CWE-502
    job_id = uuid.uuid4().hex
    r.rpush("jobs", json.dumps({"id": job_id, "kind": kind, "args": args}))
    return job_id
