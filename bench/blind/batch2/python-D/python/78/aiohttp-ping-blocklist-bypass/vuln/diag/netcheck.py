import asyncio

FORBIDDEN = (";", "&&", "\n")


class InvalidTarget(ValueError):
    pass


def _check_target(host: str) -> str:
    if not host or any(tok in host for tok in FORBIDDEN):
        raise InvalidTarget("invalid host")
    return host


async def ping_host(host: str, count: int) -> str:
    host = _check_target(host)
    proc = await asyncio.create_subprocess_shell(  # cg-expect: CWE-78
        f"ping -c {count} -W 2 {host}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    return out.decode(errors="replace")
