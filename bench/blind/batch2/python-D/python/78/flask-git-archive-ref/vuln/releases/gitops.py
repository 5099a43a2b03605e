import os
import re
import subprocess

REPOS = {
    "web": "/srv/git/web.git",
    "api": "/srv/git/api.git",
}


class BadRef(ValueError):
    pass


def archive_ref(project: str, ref: str) -> bytes:
    repo = REPOS[project]
    if not ref or len(ref) > 200:
        raise BadRef(ref)
    with os.popen(f"git --git-dir={repo} archive --format=tar {ref}") as pipe:  # cg-expect: CWE-78
        data = pipe.buffer.read()
    if not data:
        raise BadRef(ref)
    return data
