'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getSession } from '@/lib/session';
import { linkedAccounts } from '@/lib/accounts';

export async function switchAccount(formData: FormData) {
  const session = await getSession();
  if (!session.loginId) redirect('/login');

  const accountId = formData.get('accountId');
  if (typeof accountId !== 'string' || accountId.length === 0) return;

  const allowed = await linkedAccounts(session.loginId);
  const target = allowed.find((a) => a.id === accountId);
  if (!target) return;

  session.activeAccountId = target.id;
  await session.save();
  revalidatePath('/', 'layout');
  redirect('/dashboard');
}
