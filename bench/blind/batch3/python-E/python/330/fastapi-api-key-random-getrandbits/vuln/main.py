from fastapi import FastAPI, Depends
from auth import current_user
from keys import key_factory

app = FastAPI()
new_key = key_factory("ak_live_")

@app.post("/api-keys")
async def create_key(user=Depends(current_user)):
    key = new_key()
    await user.store_api_key(key)
    return {"api_key": key}
