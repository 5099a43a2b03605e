import asyncio
import re

HOST_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")

async def ping(host: str) -> str:
    if any(ch in host for ch in ";&|"):
        raise ValueError(host)
    proc = await asyncio.create_subprocess_shell(f"ping -c 3 {host}", stdout=asyncio.subprocess.PIPE)  # cg-expect: CWE-78
    out, _ = await proc.communicate()
    return out.decode(errors="replace")
