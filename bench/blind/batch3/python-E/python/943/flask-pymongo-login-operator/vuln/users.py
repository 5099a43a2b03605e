from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["app"]

def authenticate(username, token):
    return db.users.find_one({"username": username, "api_token": token})  # cg-expect: CWE-943
