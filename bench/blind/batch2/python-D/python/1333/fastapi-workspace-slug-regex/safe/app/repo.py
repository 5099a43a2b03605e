from dataclasses import dataclass


@dataclass
class Workspace:
    slug: str
    name: str
    member_count: int


class WorkspaceRepo:
    def __init__(self):
        self._items = {"acme": Workspace("acme", "Acme Corp", 12)}

    async def by_slug(self, slug: str) -> Workspace | None:
        return self._items.get(slug)
