from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

from security import create_token
from users import authenticate

router = APIRouter()


@router.post("/token")
async def token(form: OAuth2PasswordRequestForm = Depends()):
    user_id = await authenticate(form.username, form.password)
    if user_id is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    return {"access_token": create_token(user_id), "token_type": "bearer"}
