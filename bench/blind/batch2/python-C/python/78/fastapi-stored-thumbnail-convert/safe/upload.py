import os
import uuid

from fastapi import APIRouter, File, UploadFile

import aiosqlite

router = APIRouter()


@router.post("/media")
async def upload(file: UploadFile = File(...)):
    stored = os.path.basename(f"{uuid.uuid4().hex}_{file.filename}")
    with open(os.path.join("/srv/media", stored), "wb") as fh:
        fh.write(await file.read())
    async with aiosqlite.connect("media.db") as db:
        cur = await db.execute("INSERT INTO media (stored_name) VALUES (?)", (stored,))
        await db.commit()
    return {"id": cur.lastrowid}
