from fastapi import FastAPI
from pydantic import BaseModel, Field
from vault import protect

app = FastAPI()
STORE: dict[str, bytes] = {}


class Card(BaseModel):
    number: str = Field(pattern=r"^[0-9]{12,19}$")


@app.post("/cards/tokenize")
def tokenize(card: Card):
    token, blob = protect(card.number)
    STORE[token] = blob
    return {"token": token, "last4": card.number[-4:]}
