from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from database import get_db
from schemas import TicketIn, TicketOut
from services import TicketService

app = FastAPI(
    title="support-desk",
    version="2.3.0",
    debug=False,
)


@app.post("/tickets", response_model=TicketOut, status_code=201)
async def open_ticket(body: TicketIn, db: AsyncSession = Depends(get_db)):
    service = TicketService(db)
    ticket = await service.open(body.customer_email, body.subject, body.body)
    return ticket


@app.get("/tickets/{ticket_id}", response_model=TicketOut)
async def get_ticket(ticket_id: int, db: AsyncSession = Depends(get_db)):
    ticket = await TicketService(db).get(ticket_id)
    if ticket is None:
        raise HTTPException(404, "ticket not found")
    return ticket
