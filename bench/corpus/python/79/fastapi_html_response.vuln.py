from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/error", response_class=HTMLResponse)
async def error_page(message: str = "Something went wrong"):
    page = f"<html><body><p class='error'>{message}</p></body></html>"
    return HTMLResponse(content=page, status_code=400)  # cg-expect: CWE-79
