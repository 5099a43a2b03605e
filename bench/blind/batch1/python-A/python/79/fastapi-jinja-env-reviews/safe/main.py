from fastapi import Depends, FastAPI, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from reviews import Review, reviews_for

# a custom environment so we can register the `stars` filter used by the templates
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
env.filters["stars"] = lambda n: "\u2605" * int(n) + "\u2606" * (5 - int(n))
templates = Jinja2Templates(env=env)

app = FastAPI()


@app.get("/products/{product_id}/reviews")
async def product_reviews(request: Request, product_id: int, reviews: list[Review] = Depends(reviews_for)):
    return templates.TemplateResponse(
        request, "reviews.html", {"product_id": product_id, "reviews": reviews}
    )
