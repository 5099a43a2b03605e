import json
import os
import time

import redis

_client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/2"))
TTL_SECONDS = 6 * 3600


def cached_preview(url: str, fetch) -> dict:
    key = f"preview:{url}"
    hit = _client.get(key)
    if hit is not None:
        return json.loads(hit)
    data = fetch(url)
    data["fetched_at"] = int(time.time())
    _client.setex(key, TTL_SECONDS, json.dumps(data))
    return data
