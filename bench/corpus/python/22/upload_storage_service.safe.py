from pathlib import Path


class AvatarStorage:
    def __init__(self, root="/var/lib/app/avatars"):
        self.root = Path(root)

    def save(self, user_id: int, filename: str, data: bytes) -> str:
        folder = self.root / str(user_id)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(filename).name
        with open(target, "wb") as fh:
            fh.write(data)
        return str(target)


def upload_view(request, storage: AvatarStorage):
    upload = request.FILES["avatar"]
    return storage.save(request.user.id, upload.name, upload.read())
