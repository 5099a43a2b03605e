from fastapi import HTTPException, Request


async def require_helpdesk(request: Request):
    user = getattr(request.state, "user", None)
    if user is None or not ({"helpdesk", "admin"} & set(user.roles)):
        raise HTTPException(status_code=403)
