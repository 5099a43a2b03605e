import re
import sys


def parse(lines):
    pattern = re.compile(r"^(\s*\w+\s*=\s*\S+\s*)+;$")
    for line in lines:
        if pattern.match(line):  # cg-expect: CWE-1333
            yield dict(part.split("=", 1) for part in line.rstrip(";").split())


if __name__ == "__main__":
    for record in parse(sys.stdin):
        print(record)
