import os

from fastapi import Depends, FastAPI, HTTPException, Request
from starlette.middleware.sessions import SessionMiddleware

from auth import router as auth_router

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_KEY"], https_only=True)
app.include_router(auth_router)


def current_email(request: Request) -> str:
    email = request.session.get("email")
    if not email:
        raise HTTPException(401)
    return email


@app.get("/me/inbox")
async def inbox(email: str = Depends(current_email)):
    return {"mailbox": email, "messages": []}
