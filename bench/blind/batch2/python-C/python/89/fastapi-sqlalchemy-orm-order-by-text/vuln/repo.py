from sqlalchemy import asc, desc, select, text

from models import Employee

SORTABLE = {"last_name": Employee.last_name, "hired": Employee.hired, "id": Employee.id}


class EmployeeRepo:
    def __init__(self, session):
        self.session = session

    async def list_sorted(self, sort: str, direction: str):
        stmt = select(Employee).order_by(text(f"{sort} {direction}")).limit(100)
        result = await self.session.execute(stmt)  # cg-expect: CWE-89
        return result.scalars().all()
