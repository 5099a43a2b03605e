from fastapi import Depends, FastAPI

from security import current_user_id

app = FastAPI()


@app.get("/me")
async def me(uid: int = Depends(current_user_id)):
    return {"id": uid}
