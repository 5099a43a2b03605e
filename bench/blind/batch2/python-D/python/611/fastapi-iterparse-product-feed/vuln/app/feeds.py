from fastapi import APIRouter, File, UploadFile
from fastapi.concurrency import run_in_threadpool

from .feedparse import iter_products

router = APIRouter()


@router.post("/suppliers/{supplier_id}/feed")
async def upload_feed(supplier_id: int, feed: UploadFile = File(...)):
    products = await run_in_threadpool(lambda: list(iter_products(feed.file)))
    return {"supplier": supplier_id, "count": len(products), "sample": products[:5]}
