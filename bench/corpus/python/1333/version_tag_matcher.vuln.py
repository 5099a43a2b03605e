import re

VERSION = re.compile(r"^v(\d+)*\.(\d+)\.(\d+)$")


class ReleaseFilter:
    def __init__(self, tags):
        self.tags = tags

    def releases(self):
        return [t for t in self.tags if VERSION.match(t)]  # cg-expect: CWE-1333
