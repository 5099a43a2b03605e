from pathlib import Path

import aiofiles

UPLOAD_ROOT = Path("/srv/app/attachments")


def _clean(name: str) -> str:
    return name.replace("../", "")


async def save_upload(filename: str, data: bytes) -> str:
    dest = (UPLOAD_ROOT / Path(filename).name).resolve()
    if not dest.is_relative_to(UPLOAD_ROOT.resolve()) or dest.name in ("", ".", ".."):
        raise ValueError(filename)
    async with aiofiles.open(dest, "wb") as fh:
        await fh.write(data)
    return dest.name
