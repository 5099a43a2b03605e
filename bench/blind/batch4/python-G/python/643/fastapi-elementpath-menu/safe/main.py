from fastapi import FastAPI
from menus import dishes_for

app = FastAPI()


@app.get("/restaurants/{rid}/dishes")
async def dishes(rid: str, vegetarian: bool = False):
    return {"dishes": dishes_for(rid, vegetarian)}
