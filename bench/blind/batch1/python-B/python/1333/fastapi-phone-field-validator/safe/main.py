from fastapi import FastAPI, HTTPException

from scheduling import book_slot, slot_available
from schemas import AppointmentRequest

app = FastAPI(title="clinic-booking")


@app.post("/appointments", status_code=201)
async def request_appointment(body: AppointmentRequest):
    if not await slot_available(body.clinic_id, body.preferred_slot):
        raise HTTPException(409, "slot no longer available")
    booking = await book_slot(
        clinic_id=body.clinic_id,
        slot=body.preferred_slot,
        patient_name=body.patient_name,
        email=body.email,
        phone=body.phone,
    )
    return {"reference": booking.reference, "slot": booking.slot}
