import { testRule } from "../rule-tester.js";
import rule from "./ssrf.js";

testRule(rule, {
  valid: [
    {
      name: "a same-file check that raises unless the parsed host is on the allow-list",
      code: `from urllib.parse import urlparse

import httpx
from fastapi import FastAPI

app = FastAPI()
ALLOWED = {"files.partner.example"}


def _check(url: str) -> None:
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in ALLOWED:
        raise PermissionError(url)


@app.get("/import")
async def import_pdf(url: str):
    _check(url)
    async with httpx.AsyncClient(timeout=10) as client:
        return (await client.get(url)).content
`,
    },
    {
      name: "the host checked against the object's own allow-list before the request",
      code: `from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI

app = FastAPI()


class ImageProxy:
    def __init__(self, allowed_hosts):
        self.allowed_hosts = allowed_hosts

    async def fetch(self, src: str):
        parts = urlsplit(src)
        if parts.scheme != "https" or parts.hostname not in self.allowed_hosts:
            raise PermissionError(src)
        async with httpx.AsyncClient(timeout=5) as client:
            return (await client.get(src)).content


proxy = ImageProxy({"images.example.com"})


@app.get("/img")
async def image(src: str):
    return await proxy.fetch(src)
`,
    },
    {
      name: "a stored URL skipped unless the class's own predicate finds every address public",
      code: `import ipaddress
import socket
from urllib.parse import urlsplit

import requests

from .models import Webhook


class WebhookDispatcher:
    def _is_allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if not parts.hostname:
            return False
        addrs = {i[4][0] for i in socket.getaddrinfo(parts.hostname, 443)}
        return all(ipaddress.ip_address(a).is_global for a in addrs)

    def dispatch(self, tenant_id: int, event: dict) -> None:
        for hook in Webhook.objects.filter(tenant_id=tenant_id):
            if not self._is_allowed(hook.url):
                continue
            requests.post(hook.url, json=event, timeout=5, allow_redirects=False)
`,
    },
    {
      name: "a pydantic URL whose host is checked against an allow-list before the request",
      code: `import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, HttpUrl

app = FastAPI()
ALLOWED_HOSTS = {"avatars.example.com"}


class AvatarImport(BaseModel):
    url: HttpUrl


@app.post("/avatar")
def import_avatar(body: AvatarImport):
    if body.url.scheme != "https" or body.url.host not in ALLOWED_HOSTS:
        raise HTTPException(400, "unsupported host")
    return requests.get(str(body.url), timeout=5).content
`,
    },
    {
      name: "a stored URL handed back by a method that raises unless every resolved address is public",
      code: `import ipaddress
import socket
from urllib.parse import urlsplit

import aiohttp


class Dispatcher:
    def __init__(self, pool, session: aiohttp.ClientSession):
        self.pool = pool
        self.session = session

    async def _validate(self, url):
        host = urlsplit(url).hostname
        infos = socket.getaddrinfo(host, 443)
        if any(not ipaddress.ip_address(i[4][0]).is_global for i in infos):
            raise ValueError("private address")
        return url

    async def deliver(self, tenant_id: int):
        url = await self.pool.fetchval("SELECT webhook_url FROM tenants WHERE id = $1", tenant_id)
        url = await self._validate(url)
        return await self.session.post(url, timeout=10)
`,
    },
    {
      name: "dict.get with a default is not an HTTP call",
      code: `from flask import request

ROUTES = {"a": "/a"}


@app.get("/go")
def go():
    return ROUTES.get(request.args["k"], "/")
`,
    },
    {
      name: "a same-file check that raises unless every resolved address is public",
      code: `import ipaddress\nimport socket\nfrom urllib.parse import urlsplit\n\nimport requests\nfrom flask import request\n\n\ndef ensure_public(url):\n    host = urlsplit(url).hostname\n    for info in socket.getaddrinfo(host, 443):\n        if not ipaddress.ip_address(info[4][0]).is_global:\n            raise ValueError("internal address")\n\n\n@app.post("/fetch")\ndef fetch():\n    url = request.json["url"]\n    ensure_public(url)\n    return requests.get(url, timeout=5, allow_redirects=False).text\n`,
    },
    {
      name: "an awaited same-file predicate that checks the resolved addresses",
      code: `import asyncio\nimport ipaddress\nfrom urllib.parse import urlsplit\n\nimport aiohttp\nfrom aiohttp import web\n\n\nasync def is_public(url):\n    infos = await asyncio.get_running_loop().getaddrinfo(urlsplit(url).hostname, 443)\n    return all(ipaddress.ip_address(i[4][0]).is_global for i in infos)\n\n\nasync def preview(request):\n    url = request.query["url"]\n    if not await is_public(url):\n        raise web.HTTPBadRequest()\n    async with aiohttp.ClientSession() as session:\n        async with session.get(url) as resp:\n            return web.Response(text=str(resp.status))\n`,
    },
    {
      name: "the host part is checked against a class constant allow-list",
      code: `import httpx\n\n\nclass Prices:\n    REGIONS = frozenset({"eu-west-1", "us-east-1"})\n\n    def __init__(self):\n        self.http = httpx.Client()\n\n    def quote(self, request):\n        region = request.GET["region"]\n        if region not in self.REGIONS:\n            raise ValueError(region)\n        return self.http.get(f"https://{region}.prices.example.net/q").json()\n`,
    },
    {
      name: "clients given a fixed host or a path under their base URL",
      code: `import aiohttp\nimport httpx\nfrom aiohttp import web\n\nclass Thumbnailer:\n    def __init__(self):\n        self.client = httpx.AsyncClient(base_url="https://thumbs.example.net", timeout=3)\n\n    async def grab(self, request):\n        return await self.client.get(f"/thumbs/{request.query['src']}")\n\nasync def fetch_icon(http: aiohttp.ClientSession, site: str):\n    async with http.get("https://icons.example.net/" + site) as resp:\n        return await resp.read()\n\nasync def icon(request):\n    return web.Response(body=await fetch_icon(request.app["http"], request.query["site"]))\n`,
    },
    {
      name: "trust: a URL from the environment is the operator's configuration (operatorFlows: ignore)",
      code: `import os
import requests


def ping():
    return requests.get(os.environ["HEALTH_URL"] + "/ping", timeout=5)
`,
    },
    {
      name: "fixed host, input in the path",
      code: `import requests\nfrom flask import request\n\n@app.route("/user")\ndef user():\n    uid = request.args["id"]\n    return requests.get(f"https://api.example.com/users/{uid}", timeout=5).text\n`,
    },
    {
      name: "host allow-list",
      code: `import requests\nfrom flask import request\nALLOWED = {"https://a.example.com/feed", "https://b.example.com/feed"}\n\n@app.route("/feed")\ndef feed():\n    url = request.args["url"]\n    if url not in ALLOWED:\n        return "no", 400\n    return requests.get(url).text\n`,
    },
    {
      name: "constant URL",
      code: `import urllib.request\nbody = urllib.request.urlopen("https://example.com/data.json").read()\n`,
    },
    {
      name: "parsed host checked against an allow-list",
      code: `import requests\nfrom urllib.parse import urlsplit\nfrom flask import request, abort\n\n@app.route("/fetch")\ndef fetch():\n    link = request.args["link"]\n    if urlsplit(link).hostname not in {"cdn.example.org", "img.example.org"}:\n        abort(403)\n    return requests.get(link, timeout=4).content\n`,
    },
    {
      name: "client session given a URL picked from a fixed table",
      code: `import aiohttp\nfrom aiohttp import web\nMIRRORS = {"eu": "https://eu.mirror.example/index", "us": "https://us.mirror.example/index"}\n\nasync def index(request):\n    region = request.query.get("region", "eu")\n    if region not in MIRRORS:\n        raise web.HTTPBadRequest()\n    async with aiohttp.ClientSession() as http:\n        async with http.get(MIRRORS[region]) as resp:\n            return web.Response(text=await resp.text())\n`,
    },
  ],
  invalid: [
    {
      name: "a same-file predicate that only refuses a few internal host spellings",
      code: `from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)


def _allowed(url):
    host = urlparse(url).hostname or ""
    return not (host.startswith("127.") or host.startswith("10.") or host == "localhost")


@app.post("/preview")
def preview():
    url = request.get_json()["url"]
    if not _allowed(url):
        raise ValueError(url)
    return requests.get(url, timeout=4, allow_redirects=False).text
`,
      lines: [19],
    },
    {
      name: "an allow-listed host fetched by a client told to follow redirects",
      code: `from urllib.parse import urlparse

import httpx
from fastapi import FastAPI

app = FastAPI()
ALLOWED = {"files.partner.example"}


def _check(url: str) -> None:
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in ALLOWED:
        raise PermissionError(url)


@app.get("/import")
async def import_pdf(url: str):
    _check(url)
    async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
        return (await client.get(url)).content
`,
      lines: [20],
    },
    {
      name: "a same-file check that raises only for hosts on a block-list",
      code: `from urllib.parse import urlparse

import requests
from flask import Flask, request

app = Flask(__name__)
BLOCKED = {"localhost", "169.254.169.254"}


def _check(url):
    p = urlparse(url)
    if p.hostname in BLOCKED:
        raise ValueError(url)


@app.get("/fetch")
def fetch():
    url = request.args["url"]
    _check(url)
    return requests.get(url, timeout=5).text
`,
      lines: [20],
    },
    {
      name: "a pydantic URL whose host is only checked as a substring",
      code: `import requests
from fastapi import FastAPI
from pydantic import BaseModel, HttpUrl

app = FastAPI()


class AvatarImport(BaseModel):
    url: HttpUrl


@app.post("/avatar")
def import_avatar(body: AvatarImport):
    if "example.com" not in str(body.url):
        return None
    return requests.get(str(body.url), timeout=5).content
`,
      lines: [16],
    },
    {
      name: "urllib3: the URL is the second argument of PoolManager.request",
      code: `import urllib3
from flask import request

http = urllib3.PoolManager()


@app.get("/preview")
def preview():
    return http.request("GET", request.args["feed"]).data
`,
      lines: [9],
    },
    {
      name: "a client passed in by the caller, known by its HTTP keywords",
      code: `from aiohttp import web


async def proxy(request: web.Request) -> web.Response:
    http = request.app["http"]
    async with http.get(request.query["src"], allow_redirects=True) as resp:
        return web.Response(body=await resp.read())
`,
      lines: [6],
    },
    {
      name: "asyncpg: a stored URL read with fetchval",
      code: `import aiohttp


class Dispatcher:
    def __init__(self, pool, session: aiohttp.ClientSession):
        self.pool = pool
        self.session = session

    async def deliver(self, tenant_id: int):
        url = await self.pool.fetchval("SELECT webhook_url FROM tenants WHERE id = $1", tenant_id)
        return await self.session.post(url, timeout=10)
`,
      lines: [11],
    },
    {
      name: "a URL read from a WebSocket message (aiohttp)",
      code: `import aiohttp\nfrom aiohttp import web\n\n\nasync def socket(request):\n    ws = web.WebSocketResponse()\n    await ws.prepare(request)\n    async with aiohttp.ClientSession() as session:\n        async for msg in ws:\n            async with session.get(msg.data) as resp:\n                await ws.send_str(str(resp.status))\n    return ws\n`,
      lines: [10],
    },
    {
      name: "a webhook URL stored in a Flask-SQLAlchemy model",
      code: `import requests\nfrom models import Webhook\n\n\ndef deliver(project_id, body):\n    for hook in Webhook.query.filter_by(project_id=project_id):\n        requests.post(hook.url, data=body, timeout=5)\n`,
      lines: [7],
    },
    {
      name: "a check that only compares the host with a blocklist",
      code: `from urllib.parse import urlsplit\n\nimport requests\nfrom flask import request\n\nBLOCKED = {"localhost", "169.254.169.254"}\n\n\ndef check(url):\n    if urlsplit(url).hostname in BLOCKED:\n        raise ValueError(url)\n\n\n@app.post("/fetch")\ndef fetch():\n    url = request.json["url"]\n    check(url)\n    return requests.get(url, timeout=5).text\n`,
      lines: [18],
    },
    {
      name: "trust: a URL stored in the database is reported at the rule's severity (second-order)",
      code: `import requests
from celery import shared_task

from .models import Upload


@shared_task
def fetch_preview(upload_id):
    upload = Upload.objects.get(pk=upload_id)
    return requests.get(upload.remote_url, timeout=10).content
`,
      lines: [10],
      severity: "high",
      message: "a row read from the database (models.Upload.objects.get()",
    },
    {
      name: "URL from a query parameter",
      code: `import requests\nfrom flask import request\n\n@app.route("/preview")\ndef preview():\n    target = request.args.get("url")\n    resp = requests.get(target, timeout=3)\n    return resp.text[:200]\n`,
      lines: [7],
    },
    {
      name: "urlopen and httpx with a host from a form",
      code: `import httpx\nfrom urllib.request import urlopen\n\ndef check(request):\n    host = request.POST["host"]\n    urlopen("http://" + host + "/health")\n    httpx.post(url="https://" + host + "/hook", json={})\n`,
      lines: [6, 7],
    },
    {
      name: "parsed host compared with the wrong value, request built then sent",
      code: `import urllib.request\nfrom urllib.parse import urlsplit\nfrom flask import request\n\n@app.route("/fetch")\ndef fetch():\n    link = request.args["link"]\n    if urlsplit(request.args["other"]).hostname not in {"cdn.example.org"}:\n        return "no", 403\n    req = urllib.request.Request(link, headers={"Accept": "image/*"})\n    return urllib.request.urlopen(req, timeout=4).read()\n`,
      lines: [11],
    },
    {
      name: "aiohttp and httpx client objects",
      code: `import aiohttp\nimport httpx\nfrom aiohttp import web\n\nasync def mirror(request):\n    target = request.query.get("target")\n    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:\n        async with http.get(target) as resp:\n            body = await resp.read()\n    client = httpx.Client()\n    client.post(request.match_info["hook"], content=body)\n    return web.Response(body=body)\n`,
      lines: [8, 11],
    },
    {
      name: "a client held in an attribute or passed as an annotated parameter",
      code: `import aiohttp\nimport httpx\nfrom aiohttp import web\n\nclass Thumbnailer:\n    def __init__(self):\n        self.client = httpx.AsyncClient(timeout=3)\n\n    async def grab(self, request):\n        return await self.client.get(request.query["src"])\n\nasync def fetch_icon(http: aiohttp.ClientSession, site: str):\n    async with http.get(site + "/favicon.ico") as resp:\n        return await resp.read()\n\nasync def icon(request):\n    return web.Response(body=await fetch_icon(request.app["http"], request.query["site"]))\n`,
      lines: [10, 13],
    },
  ],
});
