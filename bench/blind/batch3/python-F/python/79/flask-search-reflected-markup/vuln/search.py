def run_search(q: str) -> list[str]:
    catalogue = ["red shoes", "blue shirt", "green hat"]
    return [item for item in catalogue if q.lower() in item]
