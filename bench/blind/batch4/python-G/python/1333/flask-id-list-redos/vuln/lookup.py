import re

IDS_RE = re.compile(r"(\d+,?)+")


def parse_ids(raw: str) -> list[int] | None:
    if not IDS_RE.fullmatch(raw):  # cg-expect: CWE-1333
        return None
    return [int(x) for x in raw.split(",") if x][:100]


def fetch_many(ids: list[int]) -> list[dict]:
    return [{"id": i, "name": f"item-{i}"} for i in ids]
