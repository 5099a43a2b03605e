import uuid

from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException, UploadFile

from auth import CurrentUser, get_current_user
from storage import store_encrypted

app = FastAPI()
MAX_BYTES = 20 * 1024 * 1024
ACCEPTED = {"application/pdf", "image/png", "image/jpeg"}


def _persist(owner_id: int, doc_id: str, content: bytes) -> None:
    path = store_encrypted(owner_id, doc_id, content)
    print(f"stored {doc_id} for {owner_id} at {path}")


@app.post("/tax-documents")
async def upload_tax_document(
    file: UploadFile,
    tasks: BackgroundTasks,
    user: CurrentUser = Depends(get_current_user),
):
    if file.content_type not in ACCEPTED:
        raise HTTPException(415, "unsupported document type")
    content = await file.read()
    if len(content) > MAX_BYTES:
        raise HTTPException(413, "document too large")
    doc_id = uuid.uuid4().hex
    tasks.add_task(_persist, user.id, doc_id, content)
    return {"id": doc_id, "filename": file.filename, "status": "queued"}
