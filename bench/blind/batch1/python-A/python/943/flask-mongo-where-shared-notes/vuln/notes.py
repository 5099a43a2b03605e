from pymongo.database import Database


class NoteService:
    def __init__(self, db: Database):
        self.notes = db["notes"]

    def shared_between(self, owner: str, collaborator: str):
        js = (
            "function() { return this.owner == '%s' && "
            "this.shared_with.indexOf('%s') >= 0; }" % (owner, collaborator)
        )
        return self.notes.find({"$where": js}, {"title": 1}).limit(100)  # cg-expect: CWE-943
