import { NextResponse } from 'next/server';
import { findAccountByMail } from '@/lib/ldapLookup';
import { queueResetMail } from '@/lib/resetMail';

export async function POST(request: Request) {
  const { email } = await request.json();
  if (typeof email !== 'string' || email.length > 254) {
    return NextResponse.json({ error: 'invalid email' }, { status: 400 });
  }
  const account = await findAccountByMail(email.trim());
  if (account) {
    await queueResetMail(account.uid, account.mail);
  }
  return NextResponse.json({ ok: true });
}
