import os
from pymongo import MongoClient

_client = MongoClient(os.environ.get("MONGO_URL", "mongodb://localhost:27017"))
users = _client["app"]["users"]


def find_user(username, token):
    query = {"username": username, "api_token": token}
    return users.find_one(query)  # cg-expect: CWE-943
