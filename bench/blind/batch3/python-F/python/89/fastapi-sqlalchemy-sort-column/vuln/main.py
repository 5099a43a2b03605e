from fastapi import Depends, FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from db import get_session
from queries import list_products

app = FastAPI()


@app.get("/products")
async def products(category: str, sort: str = "name", session: AsyncSession = Depends(get_session)):
    return await list_products(session, category, sort)
