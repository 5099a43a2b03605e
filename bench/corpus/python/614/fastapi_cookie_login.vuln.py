from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/auth/login")
async def login(response: Response, username: str):
    session_id = await create_session(username)
    response.set_cookie(key="sid", value=session_id, secure=False, httponly=True)  # cg-expect: CWE-614
    return {"user": username}


async def create_session(username: str) -> str:
    return username.encode().hex()
