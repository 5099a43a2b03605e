from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from auth import current_account
from rendering import render_preview

app = FastAPI()


class TemplatePreview(BaseModel):
    subject: str
    body: str


SAMPLE_CONTACT = {"first_name": "Ada", "last_name": "Lovelace", "company": "Analytical Engines Ltd"}


@app.post("/campaigns/preview")
async def preview(tpl: TemplatePreview, account=Depends(current_account)):
    if len(tpl.body) > 20_000:
        raise HTTPException(413, "template too large")
    context = {"contact": SAMPLE_CONTACT, "sender": account.display_name}
    return {
        "subject": render_preview(tpl.subject, context),
        "html": render_preview(tpl.body, context),
    }
