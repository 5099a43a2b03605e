from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from security import create_access_token, current_subject
from users import authenticate

app = FastAPI(title="telemetry-api")


@app.post("/auth/token")
async def token(form: OAuth2PasswordRequestForm = Depends()):
    user = await authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(401, "bad credentials")
    return {"access_token": create_access_token(user.username, user.scopes), "token_type": "bearer"}


@app.get("/devices")
async def devices(claims: dict = Depends(current_subject)):
    if "devices:read" not in claims.get("scopes", []):
        raise HTTPException(403, "missing scope")
    return {"owner": claims["sub"], "devices": []}
