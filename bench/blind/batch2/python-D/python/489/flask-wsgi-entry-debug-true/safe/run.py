import os

from shop import create_app

app = create_app(os.environ.get("SHOP_CONFIG", "shop.config.ProductionConfig"))

if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    app.run(host="0.0.0.0", port=port, debug=app.config.get("DEBUG", False))
