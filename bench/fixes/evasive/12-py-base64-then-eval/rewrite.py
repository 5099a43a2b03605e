import base64

from fastapi import FastAPI, Form

app = FastAPI()

DEFAULT_FILTER = "VHJ1ZQ=="
ROWS = [
    {"id": 1, "price": 10, "stock": 3},
    {"id": 2, "price": 25, "stock": 0},
    {"id": 3, "price": 7, "stock": 12},
]


@app.post("/search/filter-preview")
def filter_preview(expression: str = Form(DEFAULT_FILTER)):
    source = base64.b64decode(expression).decode("utf-8")
    matched = []
    for row in ROWS:
        if eval(source, {}, dict(row)):
            matched.append(row["id"])
    return {"matched": matched, "total": len(ROWS)}
