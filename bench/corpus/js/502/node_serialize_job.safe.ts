import type { Request, Response } from "express";

export class JobController {
  enqueue(req: Request, res: Response) {
    const encoded = String(req.body.job);
    const job = JSON.parse(encoded) as { name: string };
    res.status(202).json({ queued: job.name });
  }
}
