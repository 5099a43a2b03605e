import asyncio

from fastapi import FastAPI
from pydantic import BaseModel

from otp import new_otp, jitter_seconds

app = FastAPI()
PENDING: dict[str, str] = {}


class Phone(BaseModel):
    number: str


@app.post("/otp/send")
async def send(phone: Phone):
    code = new_otp()
    PENDING[phone.number] = code
    await asyncio.sleep(jitter_seconds())
    return {"sent": True}
