from fastapi import FastAPI

from .reset import router as reset_router

app = FastAPI(title="accounts")
app.include_router(reset_router, prefix="/api")
