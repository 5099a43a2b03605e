import re


def grep_lines(lines: list[str], pattern: str, ignore_case: bool = False) -> list[str]:
    if not pattern:
        return lines[-200:]
    flags = re.IGNORECASE if ignore_case else 0
    matcher = re.compile(pattern, flags)
    return [line for line in lines if matcher.search(line)]  # cg-expect: CWE-1333
