from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from pages import unsubscribe_page
from subscriptions import unsubscribe

app = FastAPI()


@app.get("/unsubscribe", response_class=HTMLResponse)
async def unsubscribe_view(email: str, list_id: int = 1):
    removed = await unsubscribe(email, list_id)
    return HTMLResponse(unsubscribe_page(email, removed))  # cg-expect: CWE-79
