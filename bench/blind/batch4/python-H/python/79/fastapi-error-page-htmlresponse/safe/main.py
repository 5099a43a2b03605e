from fastapi import FastAPI
from starlette.exceptions import HTTPException as StarletteHTTPException

from errors import not_found

app = FastAPI()
app.add_exception_handler(404, not_found)


@app.get("/items/{item_id}")
async def item(item_id: int):
    if item_id > 100:
        raise StarletteHTTPException(status_code=404)
    return {"id": item_id}
