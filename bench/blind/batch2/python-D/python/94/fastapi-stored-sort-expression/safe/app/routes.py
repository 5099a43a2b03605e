from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from .db import get_session, Dashboard
from .sorting import build_sort_key

router = APIRouter()


@router.get("/dashboards/{dashboard_id}/rows")
async def dashboard_rows(dashboard_id: int, session: AsyncSession = Depends(get_session)):
    dash = await session.get(Dashboard, dashboard_id)
    if dash is None:
        raise HTTPException(status_code=404)
    rows = [dict(r) for r in dash.rows]
    key = build_sort_key(dash.sort_expression)
    return {"rows": sorted(rows, key=key, reverse=dash.sort_desc)}
