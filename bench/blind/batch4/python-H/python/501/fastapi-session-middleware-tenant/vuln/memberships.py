MEMBERS = {1: {10, 11}, 2: {20}}


async def tenants_for(user_id: int) -> set[int]:
    return MEMBERS.get(user_id, set())
