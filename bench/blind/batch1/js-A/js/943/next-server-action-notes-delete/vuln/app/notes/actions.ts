'use server';

import { revalidatePath } from 'next/cache';
import { auth } from '@/auth';
import { notesCollection } from '@/lib/mongo';

// The bulk-delete form posts its criteria as JSON, e.g. {"label":"archived"}
export async function bulkDeleteNotes(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error('Not signed in');

  const criteria = JSON.parse(String(formData.get('criteria') ?? '{}'));
  const notes = await notesCollection();
  const result = await notes.deleteMany({ ownerId: session.user.id, ...criteria }); // cg-expect: CWE-943
  revalidatePath('/notes');
  return { deleted: result.deletedCount };
}
