import { testRule } from "../rule-tester.js";
import rule from "./nosql-injection.js";

testRule(rule, {
  valid: [
    {
      name: "a filter built by a comprehension that keeps allowed fields with string values",
      code: `from flask import request\nfrom pymongo import MongoClient\ndb = MongoClient().app\nALLOWED = {"sku", "status"}\n\n@app.post("/items")\ndef items():\n    criteria = request.get_json()\n    query = {k: v for k, v in criteria.items() if k in ALLOWED and isinstance(v, str)}\n    return list(db.items.find(query))\n`,
    },
    {
      name: "MongoEngine lookups from an allow-list of fields, values as strings",
      code: `from flask import request\nfrom mongoengine import Document, StringField\n\n\nclass Member(Document):\n    city = StringField()\n\n\n@app.get("/members")\ndef members():\n    filters = {k: str(request.args[k]) for k in ("city", "team") if k in request.args}\n    return str(Member.objects(**filters).count())\n`,
    },
    {
      name: "value cast to str",
      code: `from flask import request\nfrom pymongo import MongoClient\ndb = MongoClient().app\n\n@app.post("/login")\ndef login():\n    body = request.get_json()\n    user = db.users.find_one({"name": str(body["name"]), "pw": str(body["pw"])})\n    return {"ok": user is not None}\n`,
    },
    {
      name: "form fields are strings",
      code: `from flask import request\n\n@app.post("/find")\ndef find():\n    return str(db.users.find_one({"name": request.form["name"]}))\n`,
    },
    { name: "str.find on text", code: `import sys\npos = "hello mongo".find(sys.argv[1])\n` },
    {
      name: "collection bound to a module name, queried with typed values",
      code: `from pymongo import MongoClient\nfrom flask import request\ntickets = MongoClient("mongodb://db").helpdesk.tickets\nsearches = ["open", "closed"]\n\n@app.post("/tickets")\ndef find_tickets():\n    body = request.get_json()\n    wanted = {"state": str(body.get("state", "open"))}\n    searches.index(body.get("state"))\n    return list(tickets.find(wanted))\n`,
    },
    {
      name: "isinstance checks pin every value to a string before the query",
      code: `from flask import request\n\n@app.post("/reset")\ndef reset():\n    body = request.get_json()\n    email = body.get("email")\n    token = body.get("token")\n    if not all(isinstance(v, str) for v in (email, token)):\n        return "bad", 400\n    return mongo.db.users.find_one({"email": email, "token": token})\n`,
    },
    {
      name: "fastapi: a helper refusing anything but a string key",
      code: `from typing import Any\nfrom fastapi import Body\nfrom motor.motor_asyncio import AsyncIOMotorClient\n\ndb = AsyncIOMotorClient(URI)["billing"]\n\nasync def find_key(key: Any):\n    if not isinstance(key, str) or not key:\n        return None\n    return await db.keys.find_one({"api_key": key})\n\n@app.post("/usage")\nasync def usage(payload: dict[str, Any] = Body(...)):\n    return await find_key(payload.get("api_key"))\n`,
    },
    {
      name: "a $where predicate that is a constant, and a dict's own update method",
      code: `from pymongo import MongoClient\n\ndef cheap(products, extra):\n    query = {"$where": "this.price < 10"}\n    query.update(extra)\n    return products.find(query)\n`,
    },
    {
      name: "fastapi: a body model whose fields are all scalars (validation refuses operator objects)",
      code: `from fastapi import Body\nfrom pydantic import BaseModel, EmailStr, constr\nfrom .db import users\n\n\nclass ResetBody(BaseModel):\n    email: EmailStr\n    code: constr(pattern=r"^[0-9]{8}$")\n    note: Optional[str] = None\n\n\n@router.post("/reset")\nasync def reset(body: ResetBody = Body(...)):\n    return await users.find_one({"email": body.email, "reset_code": body.code})\n`,
    },
    {
      name: "MongoEngine raw query holding a query-string value (a string, not an operator object)",
      code: `from django.http import JsonResponse\nfrom .documents import Note\n\n\ndef notes(request):\n    tag = request.GET.get("tag", "")\n    return JsonResponse({"n": Note.objects(__raw__={"tags": tag}).count()})\n`,
    },
  ],
  invalid: [
    {
      name: "a comprehension that keeps allowed fields but any value (an operator dict passes)",
      code: `from flask import request\nfrom pymongo import MongoClient\ndb = MongoClient().app\nALLOWED = {"sku", "status"}\n\n@app.post("/items")\ndef items():\n    criteria = request.get_json()\n    query = {k: v for k, v in criteria.items() if k in ALLOWED}\n    return list(db.items.find(query))\n`,
      lines: [10],
    },
    {
      name: "MongoEngine lookups spread from the whole query string",
      code: `from flask import request\nfrom mongoengine import Document, StringField\n\n\nclass Member(Document):\n    city = StringField()\n\n\n@app.get("/members")\ndef members():\n    filters = {k: v for k, v in request.args.items()}\n    return str(Member.objects(**filters).count())\n`,
      lines: [12],
    },
    {
      name: "$where JavaScript assembled from a method's parameters (origin unknown: medium)",
      code: `class Notes:\n    def __init__(self, db):\n        self.notes = db["notes"]\n\n    def shared(self, owner, other):\n        js = "function() { return this.owner == '%s' && this.with == '%s'; }" % (owner, other)\n        return self.notes.find({"$where": js})\n`,
      lines: [7],
      severity: "medium",
    },
    {
      name: "$where concatenated into a query kept in a variable",
      code: `from pymongo import MongoClient\n\nclass Store:\n    def __init__(self):\n        self.products = MongoClient(URI)["c"]["products"]\n\n    def under(self, max_price):\n        query = {"$where": "this.price <= " + max_price, "active": True}\n        return list(self.products.find(query))\n`,
      lines: [9],
      severity: "medium",
    },
    {
      name: "map_reduce with a map function built from the request",
      code: `from flask import request\nfrom bson.code import Code\n\n@app.get("/stats")\ndef stats():\n    field = request.args["field"]\n    mapper = Code("function() { emit(this." + field + ", 1); }")\n    return db.events.map_reduce(mapper, Code("function(k, v) { return Array.sum(v); }"), "out")\n`,
      lines: [8],
    },
    {
      name: "fastapi: a dict read from the JSON body passed to a helper's filter",
      code: `from typing import Any\nfrom fastapi import Body\nfrom motor.motor_asyncio import AsyncIOMotorClient\n\ndb = AsyncIOMotorClient(URI)["billing"]\n\nasync def find_key(key: Any):\n    return await db.keys.find_one({"api_key": key})\n\n@app.post("/usage")\nasync def usage(payload: dict[str, Any] = Body(...)):\n    return await find_key(payload.get("api_key"))\n`,
      lines: [8],
    },
    {
      name: "JSON body used as the filter",
      code: `from flask import request\nfrom pymongo import MongoClient\ndb = MongoClient().shop\n\n@app.post("/orders/search")\ndef search():\n    criteria = request.get_json()\n    orders = list(db.orders.find(criteria))\n    return {"n": len(orders)}\n`,
      lines: [8],
    },
    {
      name: "$where built from a query parameter",
      code: `from flask import request\n\n@app.get("/products")\ndef products():\n    max_price = request.args.get("max")\n    return str(list(db.products.find({"$where": "this.price < " + max_price})))\n`,
      lines: [6],
    },
    {
      name: "collection bound to a module name, queried with the request body",
      code: `from pymongo import MongoClient\nfrom flask import request\ntickets = MongoClient("mongodb://db").helpdesk.tickets\n\n@app.post("/tickets")\ndef find_tickets():\n    body = request.get_json()\n    return list(tickets.find(body.get("where", {})))\n`,
      lines: [8],
    },
    {
      name: "a cookie decoded from JSON by a helper, its values used in the filter",
      code: `import base64\nimport json\n\n\ndef read_cookie(request):\n    raw = request.cookies.get("remember")\n    return json.loads(base64.urlsafe_b64decode(raw))\n\n\nasync def resume(request):\n    remember = read_cookie(request)\n    logins = request.app["db"].logins\n    return await logins.find_one({"uid": remember.get("uid"), "token": remember.get("token")})\n`,
      lines: [13],
    },
    {
      name: "fastapi: a collection imported from the project's db module, queried with a dict body",
      code: `from fastapi import APIRouter, Body\nfrom .db import users\n\nrouter = APIRouter()\n\n\n@router.post("/reset")\nasync def reset(body: dict = Body(...)):\n    return await users.find_one({"email": body.get("email"), "reset_code": body.get("code")})\n`,
      lines: [9],
    },
    {
      name: "fastapi: a body model with a dict field; a database handed in by a dependency",
      code: `from typing import Any\nfrom fastapi import Depends\nfrom pydantic import BaseModel\n\n\nclass Report(BaseModel):\n    title: str\n    stages: list[dict[str, Any]] = []\n\n\n@app.post("/report")\nasync def report(req: Report, db=Depends(get_db)):\n    return [d async for d in db.orders.aggregate(req.stages)]\n`,
      lines: [13],
    },
    {
      name: "MongoEngine raw query decoded from a JSON query parameter",
      code: `import json\nfrom django.http import JsonResponse\nfrom .documents import Note\n\n\ndef notes(request):\n    query = json.loads(request.GET.get("filter", "{}"))\n    return JsonResponse({"n": Note.objects.filter(__raw__=query).count()})\n`,
      lines: [8],
    },
    {
      name: "a collection read off a module-level database name (_db.tickets)",
      code: `import json\nfrom flask import request\nfrom pymongo import MongoClient\n\n_db = MongoClient("mongodb://mongo").helpdesk\n\n\n@app.get("/tickets")\ndef tickets():\n    criteria = json.loads(request.args.get("filter", "{}"))\n    return list(_db.tickets.find(criteria))\n`,
      lines: [11],
    },
  ],
});
