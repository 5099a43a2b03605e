from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg2://shop@db/shop")

ALLOWED_SORT = {"name": "name", "price": "price", "newest": "created_at DESC"}
PAGE_SIZE = 25


def search_products(term: str, sort: str = "name", page: int = 1):
    order_by = ALLOWED_SORT.get(sort, "name")
    offset = (page - 1) * PAGE_SIZE
    sql = text(
        f"SELECT id, name, price FROM products WHERE name ILIKE '%{term}%' "
        f"ORDER BY {order_by} LIMIT {PAGE_SIZE} OFFSET {offset}"
    )
    with engine.connect() as conn:
        return conn.execute(sql).mappings().all()  # cg-expect: CWE-89
