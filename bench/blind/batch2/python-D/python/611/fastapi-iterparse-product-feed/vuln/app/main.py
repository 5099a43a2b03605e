from fastapi import FastAPI

from .feeds import router

app = FastAPI(title="supplier-portal")
app.include_router(router, prefix="/api")
