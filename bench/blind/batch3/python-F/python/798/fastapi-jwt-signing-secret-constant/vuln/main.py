from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
import jwt

from auth import decode_token, issue_token

app = FastAPI()
bearer = HTTPBearer()


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> int:
    try:
        return int(decode_token(creds.credentials)["sub"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)


@app.get("/me")
def me(user_id: int = Depends(current_user)):
    return {"id": user_id}
