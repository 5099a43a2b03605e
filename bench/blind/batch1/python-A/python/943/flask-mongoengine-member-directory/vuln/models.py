from mongoengine import BooleanField, Document, EmailField, StringField


class Member(Document):
    meta = {"collection": "members"}

    display_name = StringField(required=True)
    city = StringField()
    team = StringField()
    email = EmailField(required=True)
    api_key = StringField()          # used by the member's integrations, never shown publicly
    public = BooleanField(default=True)

    def public_card(self) -> dict:
        return {"name": self.display_name, "city": self.city, "team": self.team}
