'use server';

import { redirect } from 'next/navigation';
import { sql } from '@vercel/postgres';
import { getSessionUser } from '@/lib/session';

export const runtime = 'edge';

function toHex(buf: ArrayBuffer): string {
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function derive(password: string, salt: string): Promise<string> {
  const data = new TextEncoder().encode(salt + password);
  return toHex(await crypto.subtle.digest('SHA-1', data)); // cg-expect: CWE-328
}

export async function changePassword(formData: FormData) {
  const user = await getSessionUser();
  if (!user) redirect('/login');
  const next = String(formData.get('newPassword') ?? '');
  const confirm = String(formData.get('confirmPassword') ?? '');
  if (next.length < 12 || next !== confirm) {
    return { error: 'Passwords must match and be at least 12 characters.' };
  }
  const salt = crypto.randomUUID();
  const hash = await derive(next, salt);
  await sql`UPDATE users SET password_salt = ${salt}, password_hash = ${hash} WHERE id = ${user.id}`;
  redirect('/settings/security?changed=1');
}
