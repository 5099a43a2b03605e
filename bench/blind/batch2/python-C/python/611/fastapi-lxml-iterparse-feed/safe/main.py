from fastapi import FastAPI, File, UploadFile

from feeds import import_feed

app = FastAPI()


@app.post("/feeds/import")
async def feed_import(feed: UploadFile = File(...)):
    count = import_feed(feed.file)
    return {"imported": count}
