from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

from pages import not_found_page
from orders import lookup_order

app = FastAPI()


@app.get("/track", response_class=HTMLResponse)
async def track(ref: str = Query("")):
    order = lookup_order(ref)
    if order is None:
        return HTMLResponse(not_found_page(ref), status_code=404)
    return HTMLResponse(f"<p>Order {order['id']} is {order['status']}</p>")
