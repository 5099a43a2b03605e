from dataclasses import dataclass

import yaml


@dataclass
class PipelineSpec:
    image: str
    stages: list[dict]


def parse_pipeline(raw: bytes) -> PipelineSpec:
    # yaml.Loader keeps anchors/merge keys and custom tags that older pipeline files rely on
    doc = yaml.load(raw, Loader=yaml.Loader)  # cg-expect: CWE-502
    if not isinstance(doc, dict) or "stages" not in doc:
        raise ValueError("pipeline must be a mapping with a 'stages' list")
    stages = doc["stages"]
    if not isinstance(stages, list) or not all(isinstance(s, dict) and "name" in s for s in stages):
        raise ValueError("each stage needs a name")
    return PipelineSpec(image=str(doc.get("image", "python:3.12-slim")), stages=stages)
