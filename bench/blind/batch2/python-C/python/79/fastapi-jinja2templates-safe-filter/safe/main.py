from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse
from fastapi.templating import Jinja2Templates

from reviews import add_review, reviews_for

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/products/{product_id}/reviews")
async def show_reviews(request: Request, product_id: int):
    items = await reviews_for(product_id)
    return templates.TemplateResponse(request, "reviews.html", {"product_id": product_id, "reviews": items})


@app.post("/products/{product_id}/reviews")
async def post_review(product_id: int, author: str = Form(...), body: str = Form(...)):
    await add_review(product_id, author[:60], body[:5000])
    return RedirectResponse(f"/products/{product_id}/reviews", status_code=303)
