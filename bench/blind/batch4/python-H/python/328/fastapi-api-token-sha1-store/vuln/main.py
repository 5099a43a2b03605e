from fastapi import FastAPI, Header, HTTPException

from tokens import issue_token, digest

app = FastAPI()
TOKENS: dict[str, int] = {}


@app.post("/users/{user_id}/tokens")
async def create_token(user_id: int):
    token, hashed = issue_token()
    TOKENS[hashed] = user_id
    return {"token": token}


@app.get("/me")
async def me(authorization: str = Header(...)):
    user_id = TOKENS.get(digest(authorization.removeprefix("Bearer ")))
    if user_id is None:
        raise HTTPException(401)
    return {"user_id": user_id}
