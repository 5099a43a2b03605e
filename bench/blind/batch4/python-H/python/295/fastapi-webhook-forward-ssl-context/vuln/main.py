from fastapi import FastAPI, Request

from forward import forward

app = FastAPI()
TARGETS = {"billing": "https://billing.internal.example/hooks", "crm": "https://crm.internal.example/hooks"}


@app.post("/hooks/{name}")
async def hook(name: str, request: Request):
    if name not in TARGETS:
        return {"status": "ignored"}
    return {"status": await forward(TARGETS[name], await request.json())}
