from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/etc/app/users.xml")


@app.route("/users/role")
def user_role():
    name = request.args.get("name", "")
    name = name.strip()
    nodes = USERS.xpath("//user[@name=$name]/role/text()", name=name)
    return jsonify(roles=[str(n) for n in nodes])
