import re
from dataclasses import dataclass

from fastapi import Header

UA_RE = re.compile(r"^Mozilla/\d\.\d \(((?:[^;()]+;? ?)+)\)")
MAX_UA = 512


@dataclass
class ClientInfo:
    platform: str
    raw: str


def _platform(tokens: str) -> str:
    t = tokens.lower()
    if "windows" in t:
        return "windows"
    if "mac os" in t or "macintosh" in t:
        return "mac"
    return "linux"


async def client_info(user_agent: str = Header(default="")) -> ClientInfo:
    m = UA_RE.match(user_agent)  # cg-expect: CWE-1333
    if m is None:
        return ClientInfo(platform="unknown", raw=user_agent[:200])
    return ClientInfo(platform=_platform(m.group(1)), raw=user_agent[:200])
