import argparse
import os


def main():
    parser = argparse.ArgumentParser(description="Show recent commits of a branch")
    parser.add_argument("branch")
    parser.add_argument("--limit", type=int, default=10)
    args = parser.parse_args()
    branch = args.branch.strip()
    with os.popen("git log --oneline -n %d %s" % (args.limit, branch)) as stream:  # cg-expect: CWE-78
        for line in stream:
            print(line.rstrip())


if __name__ == "__main__":
    main()
