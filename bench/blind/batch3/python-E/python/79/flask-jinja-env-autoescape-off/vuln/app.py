from flask import Flask
from reviews import reviews_for
from rendering import render_reviews

app = Flask(__name__)

@app.get("/products/<int:pid>/reviews")
def product_reviews(pid):
    return render_reviews(reviews_for(pid))  # cg-expect: CWE-79
