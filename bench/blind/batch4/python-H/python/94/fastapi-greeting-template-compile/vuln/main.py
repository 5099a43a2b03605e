from fastapi import FastAPI
from pydantic import BaseModel

from render import render_greeting

app = FastAPI()


class Card(BaseModel):
    recipient: str
    template: str = "Happy birthday, {{ name }}!"


@app.post("/cards/preview")
async def preview(card: Card):
    return {"html": render_greeting(card.template, card.recipient)}
