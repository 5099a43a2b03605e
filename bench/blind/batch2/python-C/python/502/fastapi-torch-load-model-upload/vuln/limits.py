MAX_CHECKPOINT_BYTES = 200 * 1024 * 1024
ALLOWED_SUFFIXES = (".pt", ".pth")


def too_large(size: int) -> bool:
    return size > MAX_CHECKPOINT_BYTES
