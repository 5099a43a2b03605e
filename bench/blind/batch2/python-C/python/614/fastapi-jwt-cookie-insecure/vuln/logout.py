from fastapi import APIRouter, Response

router = APIRouter()


@router.post("/auth/logout")
async def logout(response: Response):
    response.delete_cookie("access_token")
    return {"ok": True}
