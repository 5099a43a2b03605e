from fastapi import FastAPI

from ldapsvc import members_of

app = FastAPI()


@app.get("/groups/{group}/members")
def group_members(group: str):
    return {"group": group, "members": members_of(group)}
