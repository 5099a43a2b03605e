from fastapi import FastAPI, Query

from logfilter import filter_lines

app = FastAPI()


@app.get("/audit/search")
async def audit_search(pattern: str = Query(..., max_length=200)):
    return {"matches": filter_lines(pattern)}
