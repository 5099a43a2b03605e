from app_factory import create_app

app = create_app("production")

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)  # cg-expect: CWE-489
