from fastapi import Depends, FastAPI

from .security import current_subject

app = FastAPI(title="api")


@app.get("/me")
async def me(subject: str = Depends(current_subject)):
    return {"subject": subject}
