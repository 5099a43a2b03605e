export class WebhookSender {
  constructor(private readonly timeoutMs = 5000) {}

  async deliver(target: string, event: unknown): Promise<number> {
    const body = JSON.stringify(event);
    const reply = await fetch(target, {  // cg-expect: CWE-918
      method: "POST",
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    return reply.status;
  }
}

export async function pingHook(req: { body: { callbackUrl: string } }, sender: WebhookSender) {
  return sender.deliver(req.body.callbackUrl, { type: "ping" });
}
