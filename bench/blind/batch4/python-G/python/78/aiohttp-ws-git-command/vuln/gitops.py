import asyncio
import re

REPO = "/srv/repos/site"
BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,100}$")


async def recent_commits(branch: str) -> list[str]:
    proc = await asyncio.create_subprocess_shell(  # cg-expect: CWE-78
        f"git -C {REPO} log --oneline -n 20 {branch}",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace").splitlines()
