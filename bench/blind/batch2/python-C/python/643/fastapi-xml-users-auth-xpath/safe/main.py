from fastapi import FastAPI, Form, HTTPException

from userstore import XmlUserStore

app = FastAPI()
store = XmlUserStore("/srv/app/users.xml")


@app.post("/login")
async def login(username: str = Form(...), password: str = Form(...)):
    user = await store.authenticate(username, password)
    if user is None:
        raise HTTPException(status_code=401, detail="bad credentials")
    return {"user": user["name"], "role": user["role"]}
