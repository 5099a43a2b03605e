from fastapi import Depends, FastAPI, Query
from sqlalchemy.ext.asyncio import AsyncSession

from db import get_session
from repo import EmployeeRepo

app = FastAPI()


@app.get("/employees")
async def employees(
    sort: str = Query("last_name"),
    direction: str = Query("asc", pattern="^(asc|desc)$"),
    session: AsyncSession = Depends(get_session),
):
    rows = await EmployeeRepo(session).list_sorted(sort, direction)
    return [{"id": e.id, "name": f"{e.first_name} {e.last_name}", "hired": e.hired.isoformat()} for e in rows]
