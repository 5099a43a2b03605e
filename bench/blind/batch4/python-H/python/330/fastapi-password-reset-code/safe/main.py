from fastapi import FastAPI, BackgroundTasks
from pydantic import BaseModel, EmailStr

from tokens import new_reset_code
from store import save_reset, send_mail

app = FastAPI()


class ResetRequest(BaseModel):
    email: EmailStr


@app.post("/password/forgot")
async def forgot(req: ResetRequest, tasks: BackgroundTasks):
    code = new_reset_code()
    found = await save_reset(req.email, code)
    if found:
        tasks.add_task(send_mail, req.email, f"Your reset code is {code}")
    return {"status": "if the account exists, a code was sent"}
