import asyncio
import re

REPO = "/srv/repos/site"
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


async def recent_commits(branch: str) -> list[str]:
    if not BRANCH_RE.match(branch) or branch.startswith("-"):
        return []
    proc = await asyncio.create_subprocess_exec(
        "git", "-C", REPO, "log", "--oneline", "-n", "20", branch, "--",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace").splitlines()
