from flask import Flask, request, jsonify
from deploy import PreviewDeployer

app = Flask(__name__)
deployer = PreviewDeployer("/srv/previews", "git@git.example.com:web/site.git")

@app.post("/previews")
def create_preview():
    branch = request.get_json()["branch"]
    return jsonify({"pid": deployer.start(branch)})
