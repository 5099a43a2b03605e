from jinja2 import Environment, DictLoader, select_autoescape

TEMPLATES = {
    "reviews.html": """<section class="reviews">
{% for r in reviews %}<article><h3>{{ r.author }}</h3><p>{{ r.text }}</p><span>{{ r.stars }}/5</span></article>{% endfor %}
</section>""",
}

_env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(default_for_string=True, default=True))

def render_reviews(reviews) -> str:
    return _env.get_template("reviews.html").render(reviews=reviews)
