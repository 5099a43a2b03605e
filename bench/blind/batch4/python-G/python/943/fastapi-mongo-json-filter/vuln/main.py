from typing import Any
from fastapi import FastAPI, Body, Header
from docs_repo import search_docs

app = FastAPI()


@app.post("/documents/search")
def search(x_user_id: str = Header(...), filter: dict[str, Any] = Body(default={}, embed=True)):
    return {"results": search_docs(x_user_id, filter)}
