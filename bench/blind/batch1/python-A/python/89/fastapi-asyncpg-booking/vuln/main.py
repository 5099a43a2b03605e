import os
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI, HTTPException, Request


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"], min_size=1, max_size=10)
    yield
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan)


class BookingRepo:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def by_reference(self, reference: str, last_name: str):
        sql = (
            "SELECT reference, last_name, check_in, check_out, room_type "
            "FROM bookings WHERE reference = '%s' AND lower(last_name) = lower($1)" % reference
        )
        async with self.pool.acquire() as conn:
            return await conn.fetchrow(sql, last_name)  # cg-expect: CWE-89


@app.get("/bookings/{reference}")
async def get_booking(reference: str, last_name: str, request: Request):
    repo = BookingRepo(request.app.state.pool)
    row = await repo.by_reference(reference, last_name)
    if row is None:
        raise HTTPException(404, "booking not found")
    return dict(row)
