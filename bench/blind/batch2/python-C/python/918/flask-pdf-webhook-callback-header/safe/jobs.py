import ipaddress
import socket
import uuid
from urllib.parse import urlparse

import httpx

CALLBACK_HOSTS = {"hooks.partner-a.example", "callbacks.partner-b.example"}


class JobQueue:
    def __init__(self):
        self.jobs = {}
        self.client = httpx.Client(timeout=5, follow_redirects=False)

    def enqueue(self, params: dict, callback_url) -> str:
        job_id = uuid.uuid4().hex
        self.jobs[job_id] = {"params": params, "callback": callback_url, "status": "queued"}
        return job_id

    def _callback_allowed(self, url: str) -> bool:
        parsed = urlparse(url)
        return parsed.scheme == "https" and parsed.hostname in CALLBACK_HOSTS

    def finish(self, job_id: str, result_url: str) -> None:
        job = self.jobs[job_id]
        job["status"] = "done"
        url = job.get("callback")
        if not url:
            return
        if not self._callback_allowed(url):
            return
        self.client.post(url, json={"job": job_id, "result": result_url})
