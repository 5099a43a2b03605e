import asyncio
import re

HOST_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")

async def ping(host: str) -> str:
    if not HOST_RE.fullmatch(host) or host.startswith("-"):
        raise ValueError(host)
    proc = await asyncio.create_subprocess_exec("ping", "-c", "3", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")
