from pymongo.database import Database


class NoteService:
    def __init__(self, db: Database):
        self.notes = db["notes"]

    def shared_between(self, owner: str, collaborator: str):
        query = {"owner": str(owner), "shared_with": str(collaborator)}
        return self.notes.find(query, {"title": 1}).limit(100)
