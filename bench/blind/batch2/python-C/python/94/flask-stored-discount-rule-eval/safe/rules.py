from simpleeval import simple_eval


class DiscountEngine:
    functions = {"min": min, "max": max, "round": round}

    def apply(self, rule: str, subtotal: float, items: int) -> float:
        names = {"subtotal": subtotal, "items": items}
        value = simple_eval(rule, names=names, functions=self.functions)
        return max(0.0, min(float(value), subtotal))
