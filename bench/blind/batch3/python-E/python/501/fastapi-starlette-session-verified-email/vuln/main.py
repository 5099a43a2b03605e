import os
from fastapi import FastAPI, Request, HTTPException
from starlette.middleware.sessions import SessionMiddleware
from verification import lookup_verified_email

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)

@app.post("/profile/email")
async def set_email(request: Request):
    body = await request.json()
    request.session["verified_email"] = body["email"]  # cg-expect: CWE-501
    return {"ok": True}

@app.get("/billing/invoices")
async def invoices(request: Request):
    email = request.session.get("verified_email")
    if not email:
        raise HTTPException(403)
    return {"invoices_for": email}
