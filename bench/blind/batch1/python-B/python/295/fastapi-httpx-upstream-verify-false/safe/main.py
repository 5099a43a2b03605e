import httpx
from fastapi import Depends, FastAPI, HTTPException, Query

from upstream import inventory_client

app = FastAPI(title="storefront-bff")


@app.get("/products/{sku}/availability")
async def availability(
    sku: str,
    store: str = Query(..., min_length=3, max_length=8),
    client: httpx.AsyncClient = Depends(inventory_client),
):
    resp = await client.get(f"/stock/{sku}", params={"store": store})
    if resp.status_code == 404:
        raise HTTPException(404, "unknown product")
    resp.raise_for_status()
    data = resp.json()
    return {"sku": sku, "store": store, "available": data["qty"] > 0, "eta": data.get("restock_eta")}


@app.post("/products/{sku}/reserve")
async def reserve(sku: str, qty: int = Query(1, ge=1, le=5),
                  client: httpx.AsyncClient = Depends(inventory_client)):
    resp = await client.post(f"/stock/{sku}/reservations", json={"qty": qty})
    if resp.status_code == 409:
        raise HTTPException(409, "not enough stock")
    resp.raise_for_status()
    return resp.json()
