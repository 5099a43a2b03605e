'use server';

import { revalidatePath } from 'next/cache';
import { auth } from '@/auth';
import { importFeed } from '@/lib/feeds';

export async function subscribeToFeed(_prev: { error?: string } | null, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { error: 'Please sign in' };
  const feedUrl = String(formData.get('feedUrl') ?? '').trim();
  try {
    const count = await importFeed(session.user.id, feedUrl);
    revalidatePath('/feeds');
    return { error: undefined, imported: count };
  } catch (e) {
    return { error: `Could not import feed: ${(e as Error).message}` };
  }
}
