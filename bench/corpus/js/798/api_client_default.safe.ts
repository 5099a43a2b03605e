export class ReportingClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiSecret: string,
  ) {}

  async daily(): Promise<unknown> {
    const reply = await fetch(`${this.baseUrl}/daily`, { headers: { Authorization: `Bearer ${this.apiSecret}` } });
    return reply.json();
  }
}
