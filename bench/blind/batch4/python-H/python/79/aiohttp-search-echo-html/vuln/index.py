from dataclasses import dataclass


@dataclass
class Hit:
    title: str
    url: str


class MemoryIndex:
    def __init__(self, docs: list[Hit]):
        self.docs = docs

    async def lookup(self, term: str) -> list[Hit]:
        t = term.lower()
        return [d for d in self.docs if t in d.title.lower()][:20]
