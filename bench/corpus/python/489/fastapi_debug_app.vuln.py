from fastapi import FastAPI

from .routes import router

app = FastAPI(title="Inventory API", version="2.3.0", debug=True)  # cg-expect: CWE-489
app.include_router(router, prefix="/api")


@app.get("/")
async def root():
    return {"service": "inventory"}
