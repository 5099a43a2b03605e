import html
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from profiles import load_profile

app = FastAPI()

@app.get("/u/{username}", response_class=HTMLResponse)
async def profile(username: str):
    p = await load_profile(username)
    page = f"<html><body><h1>{html.escape(p['display_name'])}</h1><section class='bio'>{p['bio']}</section></body></html>"
    return HTMLResponse(page)  # cg-expect: CWE-79
