import re

IDS_RE = re.compile(r"\d{1,10}(?:,\d{1,10}){0,99}")


def parse_ids(raw: str) -> list[int] | None:
    if not IDS_RE.fullmatch(raw):
        return None
    return [int(x) for x in raw.split(",") if x][:100]


def fetch_many(ids: list[int]) -> list[dict]:
    return [{"id": i, "name": f"item-{i}"} for i in ids]
