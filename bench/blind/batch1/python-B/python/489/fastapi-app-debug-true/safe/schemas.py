from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class TicketIn(BaseModel):
    customer_email: EmailStr
    subject: str = Field(max_length=200)
    body: str = Field(max_length=10_000)


class TicketOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    subject: str
    status: str
    created_at: datetime
