import os

from werkzeug.utils import secure_filename


def store_attachment(root: str, ticket_id: int, storage) -> str:
    folder = os.path.join(root, str(ticket_id))
    os.makedirs(folder, exist_ok=True)
    name = secure_filename(storage.filename) or "upload.bin"
    dest = os.path.join(folder, name)
    storage.save(dest)
    return dest
