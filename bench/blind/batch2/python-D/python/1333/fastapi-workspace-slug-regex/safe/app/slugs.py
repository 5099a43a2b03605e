import re

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class InvalidSlug(ValueError):
    pass


def check_slug(slug: str) -> str:
    if not SLUG_RE.match(slug):
        raise InvalidSlug(slug)
    return slug
