from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from storage import invoice_path

app = FastAPI()


@app.get("/invoices/{name:path}")
async def download(name: str):
    path = invoice_path(name)
    if path is None or not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf")  # cg-expect: CWE-22
