import type { Collection } from "mongodb";
import type { Request, Response } from "express";

interface Ticket {
  owner: string;
  status: string;
}

export function ticketsHandler(tickets: Collection<Ticket>) {
  return async (req: Request, res: Response) => {
    const owner = String(req.query.owner);
    const where = "this.owner === '" + owner + "' && this.status !== 'closed'";
    const docs = await tickets.find({ $where: where }).toArray();  // cg-expect: CWE-943
    res.json(docs);
  };
}
