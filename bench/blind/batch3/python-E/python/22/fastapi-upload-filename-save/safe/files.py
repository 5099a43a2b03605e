import os
import uuid
import aiofiles
from werkzeug.utils import secure_filename

UPLOAD_DIR = "/srv/documents"

async def store_upload(filename: str, data: bytes) -> str:
    name = secure_filename(filename) or uuid.uuid4().hex
    path = os.path.join(UPLOAD_DIR, f"{uuid.uuid4().hex[:8]}-{name}")
    async with aiofiles.open(path, "wb") as fh:  # name sanitised above
        await fh.write(data)
    return path
