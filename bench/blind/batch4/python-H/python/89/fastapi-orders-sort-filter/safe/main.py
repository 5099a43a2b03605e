from fastapi import FastAPI, Depends
from sqlalchemy.ext.asyncio import AsyncSession

from db import get_session
from repo import list_orders

app = FastAPI()


@app.get("/orders")
async def orders(status: str = "open", limit: int = 50, session: AsyncSession = Depends(get_session)):
    rows = await list_orders(session, status, min(limit, 200))
    return {"items": rows}
