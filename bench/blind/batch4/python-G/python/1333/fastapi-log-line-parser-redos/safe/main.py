from fastapi import FastAPI, UploadFile
from logparse import parse_lines

app = FastAPI()


@app.post("/logs/analyze")
async def analyze(file: UploadFile):
    text = (await file.read(1_000_000)).decode("utf-8", errors="replace")
    entries = parse_lines(text.splitlines())
    return {"count": len(entries), "entries": entries[:100]}
