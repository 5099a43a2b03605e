import os

from fastapi import FastAPI, Request, HTTPException
from starlette.middleware.sessions import SessionMiddleware

from memberships import tenants_for

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/switch-tenant")
async def switch(request: Request, tenant_id: int):
    user = request.session.get("user_id")
    if user is None:
        raise HTTPException(401)
    request.session["tenant_id"] = tenant_id  # cg-expect: CWE-501
    return {"tenant": tenant_id}


@app.get("/invoices")
async def invoices(request: Request):
    tid = request.session.get("tenant_id")
    return {"tenant": tid, "items": [f"inv-{tid}-001"]}
