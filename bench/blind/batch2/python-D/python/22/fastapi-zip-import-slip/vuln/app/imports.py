import tempfile

from fastapi import APIRouter, File, HTTPException, UploadFile
from fastapi.concurrency import run_in_threadpool

from .unpack import unpack_bundle

router = APIRouter()


@router.post("/projects/{project_id}/import")
async def import_bundle(project_id: int, bundle: UploadFile = File(...)):
    if not bundle.filename.endswith(".zip"):
        raise HTTPException(400, "zip expected")
    with tempfile.SpooledTemporaryFile(max_size=10_000_000) as tmp:
        tmp.write(await bundle.read())
        tmp.seek(0)
        written = await run_in_threadpool(unpack_bundle, tmp, f"/srv/projects/{project_id}")
    return {"files": written}
