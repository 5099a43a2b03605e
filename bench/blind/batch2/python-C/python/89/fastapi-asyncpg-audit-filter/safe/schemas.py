from datetime import datetime

from pydantic import BaseModel


class AuditEvent(BaseModel):
    id: int
    action: str
    created_at: datetime
