from fastapi import FastAPI, HTTPException
from tokens import seal, unseal

app = FastAPI()


@app.post("/docs/{doc_id}/share")
async def share(doc_id: int):
    return {"link": f"/s/{seal(doc_id)}"}


@app.get("/s/{token}")
async def open_shared(token: str):
    try:
        doc_id = unseal(token)
    except Exception:
        raise HTTPException(404)
    return {"doc_id": doc_id}
