from fastapi import APIRouter

router = APIRouter(prefix="/admin")


@router.get("/store/stats")
async def store_stats():
    from main import store

    users = store.root.findall("user")
    roles = {}
    for u in users:
        role = u.findtext("role") or "none"
        roles[role] = roles.get(role, 0) + 1
    return {"users": len(users), "roles": roles}
