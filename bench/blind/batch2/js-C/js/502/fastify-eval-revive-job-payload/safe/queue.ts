import serialize from 'serialize-javascript';

type Job = { id: number; kind: string; args: unknown[] };

export class JobQueue {
  private jobs: Job[] = [];
  private seq = 0;

  enqueue(serialized: string): number {
    const job = this.revive(serialized);
    this.jobs.push({ id: ++this.seq, kind: String(job.kind), args: Array.isArray(job.args) ? job.args : [] });
    return this.seq;
  }

  snapshot(): string {
    return serialize(this.jobs, { isJSON: true });
  }

  private revive(serialized: string): { kind?: unknown; args?: unknown } {
    const value = JSON.parse(serialized);
    return typeof value === 'object' && value !== null ? value : {};
  }
}
