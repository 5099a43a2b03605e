import os

from inventory import create_app

app = create_app(os.environ.get("INVENTORY_CONFIG", "config.ProductionConfig"))

if __name__ == "__main__":
    # container entrypoint: `python run.py`
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), debug=True)  # cg-expect: CWE-489
