import asyncio
import ipaddress
import re

HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*$")


class InvalidTarget(ValueError):
    pass


def _check_target(host: str) -> str:
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    if not HOSTNAME_RE.match(host):
        raise InvalidTarget("invalid host")
    return host


async def ping_host(host: str, count: int) -> str:
    host = _check_target(host)
    proc = await asyncio.create_subprocess_exec(
        "ping", "-c", str(count), "-W", "2", "--", host,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    return out.decode(errors="replace")
