export class WebhookSender {
  constructor(private readonly timeoutMs = 5000) {}

  async deliver(target: string, event: unknown): Promise<number> {
    const body = JSON.stringify(event);
    const reply = await fetch(target, {
      method: "POST",
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    return reply.status;
  }
}

const HOOKS: Record<string, string> = { billing: "https://hooks.example.com/billing" };

export async function pingHook(req: { body: { callbackName: string } }, sender: WebhookSender) {
  const target = HOOKS[req.body.callbackName];
  if (target === undefined) throw new Error("unknown hook");
  return sender.deliver(target, { type: "ping" });
}
