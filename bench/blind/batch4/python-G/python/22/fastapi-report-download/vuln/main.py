from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from storage import report_path

app = FastAPI()


@app.get("/reports/{name:path}")
async def download_report(name: str):
    try:
        target = report_path(name)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad name")
    if not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target, filename=target.name)  # cg-expect: CWE-22
