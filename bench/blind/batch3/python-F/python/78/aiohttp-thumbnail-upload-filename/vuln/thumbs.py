import asyncio
import os
import uuid


async def make_thumbnail(part, filename: str, upload_dir: str) -> str:
    ext = os.path.splitext(filename)[1].lower()
    if ext not in {".jpg", ".jpeg", ".png", ".gif"}:
        ext = ".jpg"
    stored = os.path.join(upload_dir, uuid.uuid4().hex + ext)
    with open(stored, "wb") as fh:
        while chunk := await part.read_chunk():
            fh.write(chunk)
    thumb = os.path.join(upload_dir, "thumb_" + uuid.uuid4().hex + ".jpg")
    cmd = f'convert {stored} -thumbnail 200x200 -set comment "{filename}" {thumb}'
    proc = await asyncio.create_subprocess_shell(cmd)  # cg-expect: CWE-78
    await proc.wait()
    return os.path.basename(thumb)
