from typing import Any

from fastapi import Depends, FastAPI
from pydantic import BaseModel

from analytics import event_counts
from deps import current_tenant

app = FastAPI()


class CountRequest(BaseModel):
    match: dict[str, Any] = {}


@app.post("/analytics/events/count")
async def count(req: CountRequest, tenant: str = Depends(current_tenant)):
    return await event_counts(tenant, req.match)
