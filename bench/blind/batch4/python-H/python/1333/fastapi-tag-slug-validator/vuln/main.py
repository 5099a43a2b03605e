from fastapi import FastAPI, HTTPException, Query

from logsearch import grep_lines, valid_tag

app = FastAPI()


@app.get("/logs/search")
async def search(tag: str = Query(..., max_length=200)):
    if not valid_tag(tag):
        raise HTTPException(400, "tag must be a dashed slug")
    return {"matches": grep_lines(tag)}
