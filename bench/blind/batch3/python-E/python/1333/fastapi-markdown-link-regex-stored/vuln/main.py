from fastapi import FastAPI, HTTPException
from comments import get_comment
from markdown_links import extract_links

app = FastAPI()

@app.get("/comments/{cid}/links")
async def links(cid: int):
    comment = await get_comment(cid)
    if comment is None:
        raise HTTPException(404)
    return {"links": extract_links(comment["body"])}
