from flask import Flask, jsonify, request

from crypto_box import encrypt_field
from db import save_employee

app = Flask(__name__)


@app.post("/hr/employees")
def create_employee():
    form = request.form
    record = {
        "name": form["name"],
        "ssn_enc": encrypt_field(form["ssn"]),
        "department": form.get("department", "unassigned"),
    }
    emp_id = save_employee(record)
    return jsonify(id=emp_id), 201
