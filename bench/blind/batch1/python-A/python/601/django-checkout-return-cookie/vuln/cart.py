class Cart:
    SESSION_KEY = "cart"

    def __init__(self, request):
        self.session = request.session
        self.items = self.session.setdefault(self.SESSION_KEY, {})

    def __iter__(self):
        return iter(self.items.items())

    def total_cents(self) -> int:
        return sum(i["price_cents"] * i["qty"] for i in self.items.values())

    def clear(self) -> None:
        self.session[self.SESSION_KEY] = {}
        self.session.modified = True
