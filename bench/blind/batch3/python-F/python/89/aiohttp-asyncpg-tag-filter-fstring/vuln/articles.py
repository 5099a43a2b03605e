async def articles_with_tags(pool, tags: list[str]) -> list[dict]:
    if not tags:
        return []
    in_list = ", ".join(f"'{t}'" for t in tags)
    sql = f"SELECT DISTINCT a.id, a.title FROM articles a JOIN article_tags t ON t.article_id = a.id WHERE t.tag IN ({in_list}) LIMIT 100"
    rows = await pool.fetch(sql)  # cg-expect: CWE-89
    return [dict(r) for r in rows]
