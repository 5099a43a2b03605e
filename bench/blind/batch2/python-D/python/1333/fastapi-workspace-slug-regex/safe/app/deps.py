from .repo import WorkspaceRepo

_repo = WorkspaceRepo()


async def get_repo() -> WorkspaceRepo:
    return _repo
