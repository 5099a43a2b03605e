from mongoengine import BooleanField, Document, IntField, StringField


class Listing(Document):
    title = StringField(required=True)
    city = StringField(required=True)
    bedrooms = IntField(min_value=0)
    furnished = BooleanField(default=False)
    published = BooleanField(default=False)
    owner_email = StringField()

    def to_summary(self) -> dict:
        return {"id": str(self.id), "title": self.title, "city": self.city, "bedrooms": self.bedrooms}
