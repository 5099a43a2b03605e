from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import RedirectResponse

router = APIRouter()
AUTHORIZE_URL = "https://sso.example.com/oauth/authorize"


@router.get("/login")
async def login(return_to: str = "/"):
    params = urlencode({"client_id": "web", "response_type": "code", "state": return_to})
    return RedirectResponse(f"{AUTHORIZE_URL}?{params}")
