from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, HttpUrl

from feeds import fetch_feed, parse_items

app = FastAPI(title="reader")


class Subscription(BaseModel):
    url: HttpUrl
    folder: str = "inbox"


@app.post("/subscriptions/preview")
async def preview_feed(sub: Subscription):
    try:
        raw = await fetch_feed(str(sub.url))
    except Exception as exc:  # network errors, non-200
        raise HTTPException(status_code=502, detail=f"could not fetch feed: {exc}")
    items = parse_items(raw)
    return {"folder": sub.folder, "count": len(items), "items": items[:20]}
