from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from starlette.concurrency import run_in_threadpool

from ldap_auth import ldap_login

app = FastAPI()


@app.post("/token")
async def token(form: OAuth2PasswordRequestForm = Depends()):
    profile = await run_in_threadpool(ldap_login, form.username, form.password)
    if profile is None:
        raise HTTPException(status_code=401, detail="invalid login")
    return {"access_token": profile["uid"], "token_type": "bearer"}
