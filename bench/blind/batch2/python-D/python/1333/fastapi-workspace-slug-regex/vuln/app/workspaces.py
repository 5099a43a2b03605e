from fastapi import APIRouter, Depends, HTTPException

from .deps import get_repo
from .slugs import InvalidSlug, check_slug

router = APIRouter()


@router.get("/workspaces/{slug}")
async def get_workspace(slug: str, repo=Depends(get_repo)):
    try:
        slug = check_slug(slug)
    except InvalidSlug:
        raise HTTPException(status_code=422, detail="invalid workspace slug")
    ws = await repo.by_slug(slug)
    if ws is None:
        raise HTTPException(status_code=404)
    return {"slug": ws.slug, "name": ws.name, "members": ws.member_count}
