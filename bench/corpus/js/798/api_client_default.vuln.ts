export class ReportingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiSecret: string = "rpt-live-4f9a2c7e1b",  // cg-expect: CWE-798
  ) {}

  async daily(): Promise<unknown> {
    const reply = await fetch(`${this.baseUrl}/daily`, { headers: { Authorization: `Bearer ${this.apiSecret}` } });
    return reply.json();
  }
}
