'use server';

import { execSync } from 'node:child_process';
import { revalidatePath } from 'next/cache';
import { getSession } from '../../lib/session';

const WORKSPACE = '/srv/workspaces';

export async function archiveProject(formData: FormData) {
  const session = await getSession();
  if (!session) throw new Error('unauthenticated');

  const project = String(formData.get('project') ?? '');
  const label = String(formData.get('label') ?? 'backup');
  const dir = `${WORKSPACE}/${session.userId}`;

  execSync(`tar -czf archives/${label}.tgz ${project}`, { cwd: dir }); // cg-expect: CWE-78
  revalidatePath('/projects');
  return { ok: true, file: `${label}.tgz` };
}
