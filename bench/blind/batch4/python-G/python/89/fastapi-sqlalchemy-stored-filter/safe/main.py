from fastapi import FastAPI, HTTPException
from repo import load_saved_search, run_saved_search

app = FastAPI()


@app.get("/saved-searches/{search_id}/results")
async def results(search_id: int):
    saved = await load_saved_search(search_id)
    if saved is None:
        raise HTTPException(404)
    return {"rows": await run_saved_search(saved)}
