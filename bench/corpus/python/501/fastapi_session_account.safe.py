import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])


@app.post("/account/switch")
async def switch_account(request: Request):
    form = await request.form()
    account_id = form.get("account_id")
    if account_id not in request.state.user.account_ids:
        return {"account": None}
    request.session["account_id"] = account_id
    return {"account": account_id}
