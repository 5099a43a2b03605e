import psycopg2

from db import get_conn


def archive_tasks(project: str, ids: list) -> int:
    conn = get_conn()
    with conn, conn.cursor() as cur:
        int_ids = [int(i) for i in ids]
        cur.execute(
            "UPDATE tasks SET archived = true WHERE project = %s AND id = ANY(%s)", (project, int_ids)
        )
        return cur.rowcount
