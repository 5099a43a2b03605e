from sqlalchemy import text
from sqlalchemy.orm import Session


def _id_list(ids) -> str:
    # quotes are stripped so a value can never close a string literal
    cleaned = [str(i).replace("'", "").replace('"', "") for i in ids]
    return ", ".join(cleaned)


def archive_documents(session: Session, ids, reason: str) -> int:
    if not ids:
        return 0
    stmt = text(
        "UPDATE documents SET archived = true, archive_reason = :reason "
        f"WHERE id IN ({_id_list(ids)})"
    )
    result = session.execute(stmt, {"reason": reason})  # cg-expect: CWE-89
    return result.rowcount
