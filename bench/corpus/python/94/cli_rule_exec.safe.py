import argparse
import json
import operator


def apply_rule(rule_body, record):
    return operator.itemgetter(rule_body)(record)


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
