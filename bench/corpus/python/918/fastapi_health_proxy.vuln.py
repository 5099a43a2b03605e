import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/proxy/health")
async def service_health(host: str, port: int = 8080):
    endpoint = f"http://{host}:{port}/healthz"
    async with httpx.AsyncClient(timeout=3.0) as client:
        reply = await client.get(endpoint)  # cg-expect: CWE-918
    return {"healthy": reply.status_code == 200}
