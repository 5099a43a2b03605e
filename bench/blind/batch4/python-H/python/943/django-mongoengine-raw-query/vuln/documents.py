from mongoengine import Document, StringField, BooleanField


class Article(Document):
    title = StringField(required=True)
    author = StringField()
    draft = BooleanField(default=True)
