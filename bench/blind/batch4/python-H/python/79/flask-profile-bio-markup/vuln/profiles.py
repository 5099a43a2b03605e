import sqlite3

DB = "/srv/app/profiles.db"


def get_profile(handle: str):
    con = sqlite3.connect(DB)
    con.row_factory = sqlite3.Row
    row = con.execute("SELECT name, bio FROM profiles WHERE handle = ?", (handle,)).fetchone()
    con.close()
    return dict(row) if row else None


def update_bio(handle: str, bio: str) -> None:
    con = sqlite3.connect(DB)
    con.execute("UPDATE profiles SET bio = ? WHERE handle = ?", (bio[:2000], handle))
    con.commit()
    con.close()
