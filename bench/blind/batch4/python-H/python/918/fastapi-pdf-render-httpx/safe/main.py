from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from assets import AssetLoader

app = FastAPI()
loader = AssetLoader()


class InvoiceReq(BaseModel):
    customer: str
    logo_url: str


@app.post("/invoices/render")
async def render(req: InvoiceReq):
    try:
        logo = await loader.load(req.logo_url)
    except ValueError as exc:
        raise HTTPException(400, str(exc))
    return {"customer": req.customer, "logo_bytes": len(logo)}
