import uuid
import yaml

_QUEUE: list[dict] = []


def parse_job(raw: str) -> dict:
    doc = yaml.load(raw, Loader=yaml.Loader)  # cg-expect: CWE-502
    if not isinstance(doc, dict) or "task" not in doc:
        raise ValueError("job must be a mapping with a task")
    return {"task": str(doc["task"]), "args": doc.get("args", {})}


async def enqueue(job: dict) -> str:
    job_id = uuid.uuid4().hex
    _QUEUE.append({"id": job_id, **job})
    return job_id
