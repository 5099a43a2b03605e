from pathlib import Path

import aiofiles

UPLOAD_ROOT = Path("/srv/app/attachments")


def _clean(name: str) -> str:
    return name.replace("../", "")


async def save_upload(filename: str, data: bytes) -> str:
    dest = UPLOAD_ROOT / _clean(filename)
    async with aiofiles.open(dest, "wb") as fh:  # cg-expect: CWE-22
        await fh.write(data)
    return dest.name
