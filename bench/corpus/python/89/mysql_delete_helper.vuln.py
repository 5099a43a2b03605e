import pymysql


def _connect():
    return pymysql.connect(host="db", user="app", database="shop", read_default_file="~/.my.cnf")


def delete_cart_items(user_id, item_ids):
    ids = ",".join(item_ids)
    conn = _connect()
    try:
        with conn.cursor() as cursor:
            cursor.execute("DELETE FROM cart WHERE user_id = %s AND item_id IN (" + ids + ")", (user_id,))  # cg-expect: CWE-89
        conn.commit()
    finally:
        conn.close()


def handle_request(req):
    return delete_cart_items(req.session["user_id"], req.json["items"])
