from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from core.security import decode_access_token
from routers import auth

app = FastAPI(title="fleet-console")
app.add_middleware(CORSMiddleware, allow_origins=["https://console.fleet.example"], allow_credentials=True)
app.include_router(auth.router)


@app.get("/api/vehicles")
async def vehicles(request: Request):
    claims = decode_access_token(request.cookies.get("access_token", ""))
    return {"owner": claims["sub"], "vehicles": []}
