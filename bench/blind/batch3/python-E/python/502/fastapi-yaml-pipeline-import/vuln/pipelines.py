import yaml

def parse_pipeline(raw: bytes) -> dict:
    doc = yaml.load(raw, Loader=yaml.Loader)  # cg-expect: CWE-502
    if not isinstance(doc, dict) or "steps" not in doc:
        raise ValueError("missing steps")
    return doc
