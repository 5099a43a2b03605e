import argparse
import json


def apply_rule(rule_body, record):
    scope = {"record": record, "result": None}
    exec(f"result = {rule_body}", scope)  # cg-expect: CWE-94
    return scope["result"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rule", required=True)
    parser.add_argument("input")
    args = parser.parse_args()
    with open(args.input) as fh:
        for line in fh:
            print(apply_rule(args.rule, json.loads(line)))


if __name__ == "__main__":
    main()
