from sqlalchemy import asc, desc, select, text

from models import Employee

SORTABLE = {"last_name": Employee.last_name, "hired": Employee.hired, "id": Employee.id}


class EmployeeRepo:
    def __init__(self, session):
        self.session = session

    async def list_sorted(self, sort: str, direction: str):
        column = SORTABLE.get(sort, Employee.last_name)
        stmt = select(Employee).order_by(desc(column) if direction == "desc" else asc(column)).limit(100)
        result = await self.session.execute(stmt)
        return result.scalars().all()
