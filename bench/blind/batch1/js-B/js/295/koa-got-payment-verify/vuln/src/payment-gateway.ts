import got, { type Got } from 'got';

export interface PaymentStatus {
  reference: string;
  status: 'pending' | 'paid' | 'failed';
  amountMinor: number;
}

export class PaymentGateway {
  private readonly http: Got;

  constructor(baseUrl: string, apiKey: string) {
    this.http = got.extend({ // cg-expect: CWE-295
      prefixUrl: baseUrl,
      headers: { 'x-api-key': apiKey },
      timeout: { request: 10_000 },
      https: { rejectUnauthorized: false },
      retry: { limit: 2 },
    });
  }

  async status(reference: string): Promise<PaymentStatus> {
    return this.http.get(`payments/${encodeURIComponent(reference)}`).json<PaymentStatus>();
  }
}
