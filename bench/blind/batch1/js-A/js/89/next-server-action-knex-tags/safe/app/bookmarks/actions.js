'use server';

import { auth } from '../../auth';
import { db } from '../../lib/db';

export async function filterBookmarks(prevState, formData) {
  const userId = (await auth())?.user?.id;
  const tag = String(formData.get('tag') || '').trim();
  if (!userId) return { error: 'not signed in', items: [] };

  const items = await db('bookmarks')
    .select('id', 'url', 'title')
    .where('user_id', userId)
    .andWhereRaw('? = ANY(tags)', [tag])
    .orderBy('created_at', 'desc');
  return { error: null, items };
}
