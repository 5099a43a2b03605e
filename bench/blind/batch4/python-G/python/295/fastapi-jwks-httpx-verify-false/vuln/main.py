import jwt
from fastapi import FastAPI, Header, HTTPException
from jwks import signing_key

app = FastAPI()


@app.get("/me")
async def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ").strip()
    try:
        kid = jwt.get_unverified_header(token)["kid"]
        claims = jwt.decode(token, await signing_key(kid), algorithms=["RS256"], audience="orders-api")
    except Exception:
        raise HTTPException(401)
    return {"sub": claims["sub"]}
