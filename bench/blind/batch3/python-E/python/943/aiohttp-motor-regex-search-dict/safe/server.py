import re
from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient
from auth import auth_middleware

db = AsyncIOMotorClient("mongodb://mongo:27017")["crm"]

async def find_contacts(request):
    body = await request.json()
    criteria = {"owner": request["user_id"]}
    criteria["name"] = {"$regex": "^" + re.escape(str(body.get("name", ""))), "$options": "i"}
    docs = await db.contacts.find(criteria, {"_id": 0}).to_list(100)  # value coerced to str and escaped
    return web.json_response(docs)

app = web.Application()
app.router.add_post("/contacts/search", find_contacts)
app.middlewares.append(auth_middleware)
