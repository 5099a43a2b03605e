from fastapi import Depends, FastAPI

from admin_auth import require_admin

app = FastAPI()

FEATURE_FLAGS = {"new_checkout": False, "beta_search": True}


@app.get("/admin/flags")
async def flags(user: str = Depends(require_admin)):
    return {"flags": FEATURE_FLAGS, "user": user}


@app.post("/admin/flags/{name}")
async def toggle(name: str, user: str = Depends(require_admin)):
    FEATURE_FLAGS[name] = not FEATURE_FLAGS.get(name, False)
    return {"name": name, "enabled": FEATURE_FLAGS[name]}
