from datetime import datetime

# stages that write data are never allowed in user reports
BLOCKED_STAGES = {"$out", "$merge"}


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
        if next(iter(stage)) in BLOCKED_STAGES:
            raise ValueError("stage not permitted")
        pipeline.append(stage)
    return pipeline
