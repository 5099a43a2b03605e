from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

from clients import get_client, issue_code

app = FastAPI()


@app.get("/oauth/authorize")
async def authorize(client_id: str, redirect_uri: str, state: str = ""):
    client = await get_client(client_id)
    if client is None:
        raise HTTPException(status_code=400, detail="unknown client")
    if redirect_uri not in client["redirect_uris"]:
        raise HTTPException(status_code=400, detail="redirect_uri not registered")
    code = await issue_code(client_id)
    target = f"{redirect_uri}?{urlencode({'code': code, 'state': state})}"
    return RedirectResponse(target, status_code=302)
