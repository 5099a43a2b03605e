from fastapi import FastAPI, HTTPException
from profiles import get_team
from groups import members_of

app = FastAPI()


@app.get("/users/{user_id}/teammates")
def teammates(user_id: int):
    team = get_team(user_id)
    if team is None:
        raise HTTPException(404)
    return {"team": team, "members": members_of(team)}
