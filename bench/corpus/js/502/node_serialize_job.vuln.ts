import serialize from "node-serialize";
import type { Request, Response } from "express";

export class JobController {
  enqueue(req: Request, res: Response) {
    const encoded = String(req.body.job);
    const job = serialize.unserialize(encoded) as { name: string };  // cg-expect: CWE-502
    res.status(202).json({ queued: job.name });
  }
}
