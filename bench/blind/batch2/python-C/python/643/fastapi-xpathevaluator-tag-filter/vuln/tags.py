from fastapi import APIRouter

router = APIRouter()

POPULAR_TAGS = ["vegetarian", "quick", "baking", "soup", "vegan", "dessert"]


@router.get("/recipes/tags")
async def tags():
    return {"tags": POPULAR_TAGS}
