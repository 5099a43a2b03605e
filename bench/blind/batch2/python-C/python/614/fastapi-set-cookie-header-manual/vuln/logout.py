from fastapi import APIRouter
from fastapi.responses import JSONResponse

router = APIRouter()


@router.post("/logout")
async def logout():
    resp = JSONResponse({"ok": True})
    resp.delete_cookie("SESSIONID")
    return resp
