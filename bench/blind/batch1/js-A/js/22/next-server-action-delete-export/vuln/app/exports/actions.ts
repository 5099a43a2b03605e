'use server';

import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { revalidatePath } from 'next/cache';
import { auth } from '@/auth';

const EXPORT_ROOT = '/srv/exports';

export async function deleteExport(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error('unauthorised');

  const fileName = String(formData.get('fileName') ?? '');
  const userDir = path.join(EXPORT_ROOT, session.user.id);
  await unlink(path.join(userDir, fileName)); // cg-expect: CWE-22
  revalidatePath('/exports');
}
