from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import RedirectResponse

from .clients import get_client
from .codes import issue_code
from .session import current_user

router = APIRouter()


@router.get("/oauth/authorize")
async def authorize(client_id: str, redirect_uri: str, state: str = "", user=Depends(current_user)):
    client = await get_client(client_id)
    if client is None:
        raise HTTPException(status_code=400, detail="unknown client")
    if redirect_uri not in client.redirect_uris:
        raise HTTPException(status_code=400, detail="redirect_uri not registered")
    code = await issue_code(client_id, user.id, redirect_uri)
    query = urlencode({"code": code, "state": state})
    return RedirectResponse(f"{redirect_uri}?{query}", status_code=302)
