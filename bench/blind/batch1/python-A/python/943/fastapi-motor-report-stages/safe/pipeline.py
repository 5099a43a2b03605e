from datetime import datetime

# user reports may only reorder and page the projected rows
SORTABLE_FIELDS = {"sku", "qty", "amount", "created_at"}


def _checked_stage(stage: dict) -> dict:
    (op, arg), = stage.items()
    if op == "$sort" and isinstance(arg, dict) and arg and all(
        k in SORTABLE_FIELDS and v in (1, -1) for k, v in arg.items()
    ):
        return {"$sort": {k: int(v) for k, v in arg.items()}}
    if op in ("$limit", "$skip") and isinstance(arg, int) and not isinstance(arg, bool) and 0 <= arg <= 10_000:
        return {op: arg}
    raise ValueError("stage not permitted")


def build_pipeline(user_id: str, date_from: str, date_to: str, stages: list[dict]) -> list[dict]:
    start = datetime.fromisoformat(date_from)
    end = datetime.fromisoformat(date_to)
    pipeline: list[dict] = [
        {"$match": {"customer_id": user_id, "created_at": {"$gte": start, "$lt": end}}},
        {"$project": {"_id": 0, "sku": 1, "qty": 1, "amount": 1, "created_at": 1}},
    ]
    for stage in stages:
        if len(stage) != 1:
            raise ValueError("each stage must have exactly one operator")
        pipeline.append(_checked_stage(stage))
    return pipeline
