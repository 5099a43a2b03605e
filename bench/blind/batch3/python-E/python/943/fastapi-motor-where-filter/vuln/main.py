from fastapi import FastAPI
from members import members_older_than

app = FastAPI()

@app.get("/members")
async def members(min_age: str = "18"):
    return {"members": await members_older_than(min_age)}
