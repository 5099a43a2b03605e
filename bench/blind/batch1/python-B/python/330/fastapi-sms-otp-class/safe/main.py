from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from otp import OtpService
from sms import send_sms
from tokens import issue_access_token

app = FastAPI()
otp_service = OtpService()


class PhoneIn(BaseModel):
    phone: str = Field(pattern=r"^\+[1-9]\d{7,14}$")


class VerifyIn(PhoneIn):
    code: str = Field(min_length=6, max_length=6)


@app.post("/auth/sms/start", status_code=202)
async def start(body: PhoneIn):
    code = otp_service.start(body.phone)
    await send_sms(body.phone, f"Your login code: {code}")
    return {"sent": True}


@app.post("/auth/sms/verify")
async def verify(body: VerifyIn):
    if not otp_service.check(body.phone, body.code):
        raise HTTPException(401, "invalid code")
    return {"access_token": issue_access_token(subject=body.phone)}
