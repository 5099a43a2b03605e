import asyncio
from urllib.parse import urlparse

ALLOWED_SCHEMES = {"https", "ssh"}


async def list_branches(repo_url: str):
    if urlparse(repo_url).scheme not in ALLOWED_SCHEMES:
        return []
    proc = await asyncio.create_subprocess_shell(  # cg-expect: CWE-78
        f"git ls-remote --heads {repo_url}",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=20)
    branches = []
    for line in out.decode().splitlines():
        _, _, ref = line.partition("\t")
        branches.append(ref.removeprefix("refs/heads/"))
    return branches
