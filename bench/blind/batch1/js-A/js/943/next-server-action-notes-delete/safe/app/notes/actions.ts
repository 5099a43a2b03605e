'use server';

import { revalidatePath } from 'next/cache';
import { auth } from '@/auth';
import { notesCollection } from '@/lib/mongo';

// The bulk-delete form posts its criteria as JSON, e.g. {"label":"archived"}
export async function bulkDeleteNotes(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error('Not signed in');

  const criteria = JSON.parse(String(formData.get('criteria') ?? '{}'));
  const filter: Record<string, unknown> = { ownerId: session.user.id };
  if (typeof criteria.label === 'string') filter.label = { $eq: criteria.label };
  if (typeof criteria.olderThanDays === 'number') {
    filter.updatedAt = { $lt: new Date(Date.now() - criteria.olderThanDays * 86_400_000) };
  }
  const notes = await notesCollection();
  const result = await notes.deleteMany(filter);
  revalidatePath('/notes');
  return { deleted: result.deletedCount };
}
