import sys


FORMATTERS = {"str(row)": lambda row: str(row), "row[0]": lambda row: row[0]}


def build_formatter(spec):
    return FORMATTERS[spec]


def main():
    spec = sys.argv[1] if len(sys.argv) > 1 else "str(row)"
    fmt = build_formatter(spec)
    for line in sys.stdin:
        print(fmt(line.rstrip().split(",")))


if __name__ == "__main__":
    main()
