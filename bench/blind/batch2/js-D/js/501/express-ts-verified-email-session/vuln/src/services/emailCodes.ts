import { randomInt } from 'crypto';

const codes = new Map<string, { code: string; expires: number }>();

export async function sendCode(email: string): Promise<void> {
  const code = String(randomInt(100000, 1000000));
  codes.set(email, { code, expires: Date.now() + 10 * 60_000 });
  console.log(`queue mail to ${email}`);
}

export async function checkCode(email: string, code: string): Promise<boolean> {
  const entry = codes.get(email);
  if (!entry || entry.expires < Date.now()) return false;
  const ok = entry.code === code;
  if (ok) codes.delete(email);
  return ok;
}
