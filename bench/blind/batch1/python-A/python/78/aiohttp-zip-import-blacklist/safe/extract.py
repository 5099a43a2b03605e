import asyncio
import os


def _clean(path: str) -> str:
    """Paths are passed as separate argv entries; only make sure unzip never sees an option."""
    return os.path.abspath(path)


async def unpack_archive(archive_path: str, dest: str) -> list[str]:
    out_dir = os.path.join(dest, "contents")
    proc = await asyncio.create_subprocess_exec(
        "unzip", "-qq", "-o", _clean(archive_path), "-d", _clean(out_dir)
    )
    status = await proc.wait()
    if status != 0:
        return []
    found = []
    for root, _dirs, names in os.walk(out_dir):
        found.extend(os.path.relpath(os.path.join(root, n), out_dir) for n in names)
    return found
