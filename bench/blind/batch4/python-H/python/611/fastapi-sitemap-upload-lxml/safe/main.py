from fastapi import FastAPI, UploadFile, File, HTTPException

from sitemap import parse_sitemap

app = FastAPI()


@app.post("/sites/{site_id}/sitemap")
async def upload_sitemap(site_id: int, file: UploadFile = File(...)):
    raw = await file.read()
    if len(raw) > 2_000_000:
        raise HTTPException(413, "too large")
    urls = parse_sitemap(raw)
    return {"site": site_id, "count": len(urls), "sample": urls[:5]}
