from fastapi import Depends, FastAPI, Query

from dao import AuditDAO, get_dao

app = FastAPI()


@app.get("/audit")
async def audit_log(
    actor: str = Query(..., min_length=1, max_length=64),
    days: int = Query(7, ge=1, le=90),
    dao: AuditDAO = Depends(get_dao),
):
    events = await dao.events_for_actor(actor, days)
    return {"events": events}
