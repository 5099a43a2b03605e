import sys


def build_formatter(spec):
    body = "def fmt(row):\n    return " + spec + "\n"
    scope = {}
    exec(compile(body, "<formatter>", "exec"), scope)  # cg-expect: CWE-94
    return scope["fmt"]


def main():
    spec = sys.argv[1] if len(sys.argv) > 1 else "str(row)"
    fmt = build_formatter(spec)
    for line in sys.stdin:
        print(fmt(line.rstrip().split(",")))


if __name__ == "__main__":
    main()
