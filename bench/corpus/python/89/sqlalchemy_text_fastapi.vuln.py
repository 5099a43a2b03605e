from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

app = FastAPI()


@app.get("/products")
def products(category: str, session: Session = Depends(get_session)):
    category = category.lower()
    stmt = text(f"SELECT id, name FROM products WHERE category = '{category}'")
    rows = session.execute(stmt).all()  # cg-expect: CWE-89
    return [{"id": r.id, "name": r.name} for r in rows]
