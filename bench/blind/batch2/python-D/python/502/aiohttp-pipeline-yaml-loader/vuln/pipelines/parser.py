import yaml

REQUIRED_KEYS = {"stages"}


class PipelineError(ValueError):
    pass


def parse_pipeline(text: str) -> dict:
    try:
        doc = yaml.load(text, Loader=yaml.Loader)  # cg-expect: CWE-502
    except yaml.YAMLError as exc:
        raise PipelineError(f"invalid YAML: {exc}") from exc
    if not isinstance(doc, dict) or not REQUIRED_KEYS <= doc.keys():
        raise PipelineError("pipeline must define stages")
    for stage in doc["stages"]:
        if not isinstance(stage, dict) or "name" not in stage:
            raise PipelineError("every stage needs a name")
    return doc
