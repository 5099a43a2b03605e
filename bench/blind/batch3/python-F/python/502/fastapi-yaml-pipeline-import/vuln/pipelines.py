import yaml


def load_pipeline(raw: bytes) -> dict:
    data = yaml.load(raw, Loader=yaml.Loader)  # cg-expect: CWE-502
    if not isinstance(data, dict) or "name" not in data or not isinstance(data.get("steps"), list):
        raise ValueError("invalid pipeline definition")
    return data
