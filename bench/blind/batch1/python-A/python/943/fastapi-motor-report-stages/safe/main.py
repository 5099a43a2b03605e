from typing import Any

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

from deps import current_user_id, get_db
from pipeline import build_pipeline

app = FastAPI()


class ReportRequest(BaseModel):
    date_from: str
    date_to: str
    stages: list[dict[str, Any]] = []


@app.post("/reports/orders")
async def order_report(req: ReportRequest, user_id: str = Depends(current_user_id), db=Depends(get_db)):
    try:
        pipeline = build_pipeline(user_id, req.date_from, req.date_to, req.stages)
    except ValueError as exc:
        raise HTTPException(400, str(exc))
    cursor = db.orders.aggregate(pipeline)
    return {"rows": [doc async for doc in cursor][:1000]}
