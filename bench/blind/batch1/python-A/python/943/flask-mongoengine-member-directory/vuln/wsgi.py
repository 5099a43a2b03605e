import logging

from app import app
from models import Member

logging.basicConfig(level=logging.INFO)

# make sure the indexes the directory relies on exist before serving traffic
Member.ensure_indexes()

application = app
