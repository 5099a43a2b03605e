from fastapi import FastAPI
from fastapi.middleware.trustedhost import TrustedHostMiddleware

from .config import settings
from .routers import orders, health

app = FastAPI(  # cg-expect: CWE-489
    title="orders-service",
    version="2.3.0",
    debug=True,
    docs_url=None if settings.environment == "production" else "/docs",
)
app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
app.include_router(orders.router, prefix="/orders")
app.include_router(health.router)
