import argparse
import subprocess


def main():
    parser = argparse.ArgumentParser(description="Show recent commits of a branch")
    parser.add_argument("branch")
    parser.add_argument("--limit", type=int, default=10)
    args = parser.parse_args()
    branch = args.branch.strip()
    output = subprocess.run(["git", "log", "--oneline", "-n", str(args.limit), branch], capture_output=True, text=True).stdout
    for line in output.splitlines():
        print(line.rstrip())


if __name__ == "__main__":
    main()
