from typing import Any

from fastapi import FastAPI, Header
from motor.motor_asyncio import AsyncIOMotorClient

from tickets import search_tickets

app = FastAPI()
db = AsyncIOMotorClient("mongodb://localhost:27017")["helpdesk"]


@app.post("/tickets/search")
async def search(body: dict[str, Any], x_tenant: str = Header(...)):
    return {"items": await search_tickets(db, x_tenant, body.get("filter", {}))}
