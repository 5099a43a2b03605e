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
  const userDir = path.resolve(EXPORT_ROOT, session.user.id);
  const target = path.resolve(userDir, fileName);
  if (path.dirname(target) !== userDir) throw new Error('invalid file name');
  await unlink(path.join(userDir, path.basename(target)));
  revalidatePath('/exports');
}
