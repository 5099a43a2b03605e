from fastapi import HTTPException, Request


async def current_tenant(request: Request) -> str:
    tenant = getattr(request.state, "tenant", None)  # set by the JWT authentication middleware
    if tenant is None:
        raise HTTPException(status_code=401)
    return tenant
