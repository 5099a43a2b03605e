import yaml

REQUIRED_KEYS = {"name", "steps"}


def parse_pipeline(raw: bytes) -> dict:
    text = raw.decode("utf-8", errors="strict")
    doc = yaml.load(text, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or not REQUIRED_KEYS <= doc.keys():
        raise ValueError("pipeline must define name and steps")
    if not isinstance(doc["steps"], list) or not doc["steps"]:
        raise ValueError("steps must be a non-empty list")
    for step in doc["steps"]:
        if "run" not in step:
            raise ValueError("every step needs a run command")
    return doc
