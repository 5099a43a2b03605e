'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { getSession } from '@/lib/session';

export async function switchAccount(formData: FormData) {
  const session = await getSession();
  if (!session.loginId) redirect('/login');

  const accountId = formData.get('accountId');
  if (typeof accountId !== 'string' || accountId.length === 0) return;

  session.activeAccountId = accountId; // cg-expect: CWE-501
  await session.save();
  revalidatePath('/', 'layout');
  redirect('/dashboard');
}
