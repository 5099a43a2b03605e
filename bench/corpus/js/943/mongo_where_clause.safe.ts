import type { Collection } from "mongodb";
import type { Request, Response } from "express";

interface Ticket {
  owner: string;
  status: string;
}

export function ticketsHandler(tickets: Collection<Ticket>) {
  return async (req: Request, res: Response) => {
    const owner = String(req.query.owner);
    const docs = await tickets.find({ owner, status: { $ne: "closed" } }).toArray();
    res.json(docs);
  };
}
