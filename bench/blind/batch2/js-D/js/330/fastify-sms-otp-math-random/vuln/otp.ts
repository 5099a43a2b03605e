
type Pending = { code: string; expires: number; attempts: number };

export class OtpService {
  private pending = new Map<string, Pending>();

  private generate(): string {
    return String(Math.floor(100000 + Math.random() * 900000)); // cg-expect: CWE-330
  }

  async send(phone: string): Promise<void> {
    const code = this.generate();
    this.pending.set(phone, { code, expires: Date.now() + 5 * 60_000, attempts: 0 });
    await fetch('https://sms.example.net/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.SMS_API_TOKEN}` },
      body: JSON.stringify({ to: phone, text: `Your login code is ${code}` }),
    });
  }

  verify(phone: string, code: string): boolean {
    const p = this.pending.get(phone);
    if (!p || p.expires < Date.now() || ++p.attempts > 5) return false;
    const ok = p.code === code;
    if (ok) this.pending.delete(phone);
    return ok;
  }
}
