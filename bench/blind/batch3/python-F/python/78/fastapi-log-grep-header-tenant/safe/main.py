from fastapi import FastAPI, Header, HTTPException

from logsearch import search_logs

app = FastAPI()


@app.get("/logs/search")
def logs(pattern: str, x_tenant: str = Header(...)):
    try:
        lines = search_logs(x_tenant, pattern)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"lines": lines}
