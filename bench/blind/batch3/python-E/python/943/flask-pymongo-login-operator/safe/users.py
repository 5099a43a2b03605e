from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]

def authenticate(username, token):
    if not isinstance(username, str) or not isinstance(token, str):
        return None
    return db.users.find_one({"username": username, "api_token": token})
