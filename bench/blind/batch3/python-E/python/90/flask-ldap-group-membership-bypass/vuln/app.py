from flask import Flask, request, jsonify
from ldapauth import user_in_group

app = Flask(__name__)

@app.post("/access/check")
def check():
    ok = user_in_group(request.form["username"], "vpn-users")
    return jsonify({"allowed": ok})
