from dataclasses import dataclass

import asyncpg


@dataclass
class Report:
    id: int
    name: str
    invoice_id: int
    customer_ref: str


class ReportStore:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def get(self, report_id: int) -> Report | None:
        row = await self.pool.fetchrow("SELECT id, name, invoice_id, customer_ref FROM reports WHERE id = $1", report_id)
        return Report(**dict(row)) if row else None

    async def invoice_xml(self, invoice_id: int) -> bytes:
        return await self.pool.fetchval("SELECT body FROM invoices WHERE id = $1", invoice_id)


_pool: asyncpg.Pool | None = None


async def get_store() -> ReportStore:
    return ReportStore(_pool)
