import type { Knex } from "knex";
import type { Request, Response } from "express";

export function listOrders(db: Knex) {
  return async (req: Request, res: Response) => {
    const sort = String(req.query.sort ?? "created_at");
    const customer = Number(req.query.customer);
    const rows = await db.raw(`select * from orders where customer_id = ? order by ${sort}`, [customer]);  // cg-expect: CWE-89
    res.json(rows);
  };
}
