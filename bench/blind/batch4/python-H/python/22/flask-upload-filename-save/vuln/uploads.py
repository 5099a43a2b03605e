import os

from werkzeug.utils import secure_filename


def store_attachment(root: str, ticket_id: int, storage) -> str:
    folder = os.path.join(root, str(ticket_id))
    os.makedirs(folder, exist_ok=True)
    dest = os.path.join(folder, storage.filename)
    storage.save(dest)  # cg-expect: CWE-22
    return dest
