import logging
import os

from app import app, db

logging.basicConfig(level=logging.INFO)

# the connection string from the environment wins over the development default
if os.environ.get("DATABASE_URL"):
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {"pool_pre_ping": True, "pool_size": 5}

with app.app_context():
    db.create_all()

application = app
