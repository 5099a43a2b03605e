from dataclasses import dataclass

import yaml


@dataclass
class RuleSet:
    rules: list[dict]


def load_rules(document: str) -> RuleSet:
    data = yaml.safe_load(document)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ValueError("document must contain a 'rules' list")
    for rule in data["rules"]:
        if not {"name", "expr", "severity"} <= set(rule):
            raise ValueError(f"rule missing fields: {rule!r}")
    return RuleSet(rules=data["rules"])
