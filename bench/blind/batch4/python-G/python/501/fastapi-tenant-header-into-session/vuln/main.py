import os
from fastapi import FastAPI, Request, HTTPException
from starlette.middleware.sessions import SessionMiddleware
from tenants import tenant_of_user, invoices_for

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/invoices")
async def invoices(request: Request):
    uid = request.session.get("uid")
    if uid is None:
        raise HTTPException(401)
    if "tenant" not in request.session:
        request.session["tenant"] = request.headers.get("X-Tenant-Id", "")  # cg-expect: CWE-501
    return {"invoices": await invoices_for(request.session["tenant"])}
