from fastapi import Depends, FastAPI
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from db import Profile, get_session
from directory import teammates_for
from security import current_user_id

app = FastAPI()


class ProfileUpdate(BaseModel):
    display_name: str = Field(max_length=80)
    team_code: str = Field(max_length=40, description="team code from the org chart, e.g. ENG-PLAT")


@app.patch("/me/profile")
def update_profile(update: ProfileUpdate, uid: int = Depends(current_user_id),
                   session: Session = Depends(get_session)):
    profile = session.get(Profile, uid)
    profile.display_name = update.display_name
    profile.team_code = update.team_code
    session.commit()
    return {"ok": True}


@app.get("/me/teammates")
def my_teammates(uid: int = Depends(current_user_id), session: Session = Depends(get_session)):
    profile = session.get(Profile, uid)
    return {"team": profile.team_code, "people": teammates_for(profile.team_code)}
