from fastapi import FastAPI
from pydantic import BaseModel

from recipes import RecipeBook

app = FastAPI()
book = RecipeBook("data/recipes.xml")


class TagQuery(BaseModel):
    tag: str
    max_minutes: int = 60


@app.post("/recipes/by-tag")
async def by_tag(q: TagQuery):
    return {"recipes": book.with_tag(q.tag, q.max_minutes)}
