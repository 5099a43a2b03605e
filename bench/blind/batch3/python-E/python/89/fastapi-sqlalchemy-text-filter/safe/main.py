from fastapi import FastAPI, Depends
from sqlalchemy.ext.asyncio import AsyncSession
from db import get_session
from repo import ProductRepo

app = FastAPI()

@app.get("/t/{tenant}/products")
async def products(tenant: str, q: str = "", session: AsyncSession = Depends(get_session)):
    return await ProductRepo(session).search(tenant, q)
