import asyncio
import os

_FORBIDDEN = (";", "&", "|", "`")


def _clean(path: str) -> str:
    """Strip shell metacharacters from a path before using it in a command."""
    for ch in _FORBIDDEN:
        path = path.replace(ch, "")
    return path


async def unpack_archive(archive_path: str, dest: str) -> list[str]:
    out_dir = os.path.join(dest, "contents")
    cmd = f"unzip -qq -o {_clean(archive_path)} -d {_clean(out_dir)}"
    loop = asyncio.get_running_loop()
    status = await loop.run_in_executor(None, os.system, cmd)  # cg-expect: CWE-78
    if status != 0:
        return []
    found = []
    for root, _dirs, names in os.walk(out_dir):
        found.extend(os.path.relpath(os.path.join(root, n), out_dir) for n in names)
    return found
