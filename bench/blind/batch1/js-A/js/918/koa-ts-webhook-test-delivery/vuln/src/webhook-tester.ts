export interface TestResult {
  status: number;
  bodyPreview: string;
  ms: number;
}

export class WebhookTester {
  async send(targetUrl: string, event: string): Promise<TestResult> {
    const started = Date.now();
    const res = await fetch(targetUrl, { // cg-expect: CWE-918
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-event': event },
      body: JSON.stringify({ event, test: true, sentAt: new Date().toISOString() }),
      signal: AbortSignal.timeout(5000),
    });
    const text = await res.text();
    return { status: res.status, bodyPreview: text.slice(0, 2048), ms: Date.now() - started };
  }
}
