from fastapi import Depends, FastAPI
from pydantic import BaseModel

from auth import current_user
from keys import create_api_key

app = FastAPI()


class KeyRequest(BaseModel):
    label: str
    scopes: list[str] = ["read"]


@app.post("/integrations/keys")
async def new_key(req: KeyRequest, user=Depends(current_user)):
    key, key_id = await create_api_key(user["id"], req.label, req.scopes)
    return {"id": key_id, "key": key, "note": "store this key now; it will not be shown again"}
