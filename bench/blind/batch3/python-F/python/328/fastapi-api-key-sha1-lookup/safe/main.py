from fastapi import Depends, FastAPI, Header, HTTPException

from keys import KeyStore

app = FastAPI()
store = KeyStore("keys.db")


def current_client(x_api_key: str = Header(...)):
    client = store.lookup(x_api_key)
    if client is None:
        raise HTTPException(status_code=401)
    return client


@app.post("/keys")
def create_key(client=Depends(current_client)):
    return {"api_key": store.issue(client["org_id"])}


@app.get("/reports")
def reports(client=Depends(current_client)):
    return {"org": client["org_id"], "reports": []}
