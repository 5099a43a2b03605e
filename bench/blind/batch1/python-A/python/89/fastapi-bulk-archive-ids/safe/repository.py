from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session


def _id_list(ids) -> list[int]:
    # the grid may send "12" or 12; anything non-numeric raises ValueError
    return [int(str(i).strip()) for i in ids]


def archive_documents(session: Session, ids, reason: str) -> int:
    if not ids:
        return 0
    stmt = text(
        "UPDATE documents SET archived = true, archive_reason = :reason "
        "WHERE id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    result = session.execute(stmt, {"reason": reason, "ids": _id_list(ids)})
    return result.rowcount
