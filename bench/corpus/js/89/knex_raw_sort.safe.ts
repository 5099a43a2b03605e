import type { Knex } from "knex";
import type { Request, Response } from "express";

export function listOrders(db: Knex) {
  return async (req: Request, res: Response) => {
    const sort = req.query.sort === "total" ? "total" : "created_at";
    const customer = Number(req.query.customer);
    const rows = await db.raw(`select * from orders where customer_id = ? order by ${sort}`, [customer]);
    res.json(rows);
  };
}
