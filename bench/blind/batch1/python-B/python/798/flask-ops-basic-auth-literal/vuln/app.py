from flask import Flask

from ops import bp as ops_bp
from public import bp as public_bp

app = Flask(__name__)
app.register_blueprint(public_bp)
app.register_blueprint(ops_bp)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000)
