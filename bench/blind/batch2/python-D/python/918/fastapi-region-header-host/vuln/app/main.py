from fastapi import FastAPI

from .quotes import router

app = FastAPI(title="storefront-api")
app.include_router(router, prefix="/api")
