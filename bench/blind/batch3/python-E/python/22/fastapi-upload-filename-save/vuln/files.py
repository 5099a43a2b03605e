import os
import uuid
import aiofiles
from werkzeug.utils import secure_filename

UPLOAD_DIR = "/srv/documents"

async def store_upload(filename: str, data: bytes) -> str:
    path = os.path.join(UPLOAD_DIR, filename)
    async with aiofiles.open(path, "wb") as fh:  # cg-expect: CWE-22
        await fh.write(data)
    return path
