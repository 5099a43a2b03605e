import psycopg2

from db import get_conn


def archive_tasks(project: str, ids: list) -> int:
    conn = get_conn()
    with conn, conn.cursor() as cur:
        id_list = ",".join(str(i) for i in ids)
        cur.execute(  # cg-expect: CWE-89
            f"UPDATE tasks SET archived = true WHERE project = %s AND id IN ({id_list})", (project,)
        )
        return cur.rowcount
