from fastapi import APIRouter, Header, HTTPException

from .pricing_client import fetch_quote

router = APIRouter()


@router.get("/quotes/{sku}")
async def get_quote(sku: str, x_region: str = Header("eu-west")):
    try:
        quote = await fetch_quote(x_region, sku)
    except LookupError:
        raise HTTPException(status_code=404, detail="unknown sku or region")
    return quote
