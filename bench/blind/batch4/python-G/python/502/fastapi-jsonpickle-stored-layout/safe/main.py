from fastapi import FastAPI, Body, Header
from layouts import save_layout, load_layout

app = FastAPI()


@app.put("/dashboard/layout")
def put_layout(x_user: str = Header(...), layout: str = Body(..., media_type="application/json")):
    save_layout(x_user, layout)
    return {"saved": True}


@app.get("/dashboard/layout")
def get_layout(x_user: str = Header(...)):
    return {"widgets": load_layout(x_user)}
