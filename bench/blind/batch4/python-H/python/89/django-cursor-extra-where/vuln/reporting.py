from django.db import connection


def count_by_tag(tag: str) -> int:
    with connection.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) FROM blog_post p JOIN blog_tag t ON t.post_id = p.id WHERE t.name = '{tag}'")  # cg-expect: CWE-89
        return cur.fetchone()[0]
