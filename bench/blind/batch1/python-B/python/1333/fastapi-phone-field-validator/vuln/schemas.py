import re

from pydantic import BaseModel, EmailStr, Field, field_validator

PHONE_RE = re.compile(r"^(\+?\d+[\s-]?)+$")


class AppointmentRequest(BaseModel):
    patient_name: str = Field(min_length=2, max_length=120)
    email: EmailStr
    phone: str = Field(max_length=1000)
    clinic_id: int
    preferred_slot: str

    @field_validator("phone")
    @classmethod
    def phone_format(cls, value: str) -> str:
        if not PHONE_RE.match(value):  # cg-expect: CWE-1333
            raise ValueError("phone may contain digits, spaces, dashes and a leading +")
        return re.sub(r"[\s-]", "", value)
