from fastapi import FastAPI, Query

from mailing import build_campaign_preview

app = FastAPI()


@app.get("/campaigns/{campaign_id}/preview")
async def preview(campaign_id: int, subject: str = Query(..., max_length=200), name: str = "Customer"):
    return build_campaign_preview(campaign_id, subject, name)
