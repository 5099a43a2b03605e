from fastapi import FastAPI
from fastapi.responses import HTMLResponse

from cards import render_card

app = FastAPI()


@app.get("/cards/preview", response_class=HTMLResponse)
async def preview(greeting: str = "Happy birthday", recipient: str = "friend"):
    return render_card(greeting, recipient)
