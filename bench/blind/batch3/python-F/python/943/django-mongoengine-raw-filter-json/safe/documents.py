from mongoengine import BooleanField, Document, IntField, ListField, StringField


class Note(Document):
    owner_id = IntField(required=True)
    title = StringField(max_length=200)
    body = StringField()
    tags = ListField(StringField(max_length=30))
    archived = BooleanField(default=False)
