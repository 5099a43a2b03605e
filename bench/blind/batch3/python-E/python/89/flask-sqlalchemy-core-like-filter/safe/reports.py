from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg://reports@db/sales")

def build_filters(form) -> dict:
    f = {"clauses": ["region = :region"], "params": {"region": form.get("region", "EU")}}
    if form.get("customer"):
        f["clauses"].append("customer ILIKE :customer")
        f["params"]["customer"] = "%" + form["customer"] + "%"
    return f

def run_report(filters: dict) -> list:
    sql = "SELECT customer, SUM(amount) AS total FROM sales WHERE " + " AND ".join(filters["clauses"]) + " GROUP BY customer"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), filters["params"])  # only fixed clauses, values bound
        return [dict(r._mapping) for r in rows]
