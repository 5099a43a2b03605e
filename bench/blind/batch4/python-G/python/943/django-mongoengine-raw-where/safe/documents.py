from mongoengine import Document, StringField, DecimalField, BooleanField, connect

connect("catalog", host="mongodb://mongo:27017/catalog")


class Product(Document):
    name = StringField(required=True)
    category = StringField()
    price = DecimalField(precision=2)
    active = BooleanField(default=True)
    meta = {"collection": "products"}
