import { testRule } from "../rule-tester.js";
import rule from "./nosql-injection.js";

testRule(rule, {
  valid: [
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
  ],
  invalid: [
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
  ],
});
