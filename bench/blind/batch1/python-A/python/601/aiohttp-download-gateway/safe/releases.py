from urllib.parse import urlencode

import aiohttp_jinja2
from aiohttp import web

RELEASES = [
    {"version": "3.2.1", "files": {
        "linux-x86_64": "https://downloads.example.org/3.2.1/tool-linux-x86_64.tar.gz",
        "macos-arm64": "https://mirror.example.net/3.2.1/tool-macos-arm64.zip",
        "windows": "https://github.com/example/tool/releases/download/v3.2.1/tool-setup.exe",
    }},
]


def tracked(url: str) -> str:
    return "/out?" + urlencode({"to": url})


@aiohttp_jinja2.template("downloads.html")
async def downloads(request: web.Request) -> dict:
    return {"releases": [
        {"version": r["version"], "links": {k: tracked(v) for k, v in r["files"].items()}} for r in RELEASES
    ]}
