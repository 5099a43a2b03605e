from typing import Any

from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy.orm import Session

from db import get_session
from repository import archive_documents

app = FastAPI()


class BulkArchive(BaseModel):
    # ids arrive from a JS grid that sometimes sends strings, sometimes numbers
    ids: list[Any]
    reason: str = ""


@app.post("/documents/archive")
def bulk_archive(req: BulkArchive, session: Session = Depends(get_session)):
    count = archive_documents(session, req.ids, req.reason)
    session.commit()
    return {"archived": count}
