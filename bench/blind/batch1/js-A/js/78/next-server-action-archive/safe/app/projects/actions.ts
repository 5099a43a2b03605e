'use server';

import { execFileSync } from 'node:child_process';
import { revalidatePath } from 'next/cache';
import { getSession } from '../../lib/session';

const WORKSPACE = '/srv/workspaces';
const NAME_RE = /^[A-Za-z0-9_-]{1,64}$/;

export async function archiveProject(formData: FormData) {
  const session = await getSession();
  if (!session) throw new Error('unauthenticated');

  const project = String(formData.get('project') ?? '');
  const label = String(formData.get('label') ?? 'backup');
  if (!NAME_RE.test(project) || !NAME_RE.test(label)) {
    throw new Error('invalid name');
  }
  const dir = `${WORKSPACE}/${session.userId}`;

  execFileSync('tar', ['-czf', `archives/${label}.tgz`, '--', project], { cwd: dir });
  revalidatePath('/projects');
  return { ok: true, file: `${label}.tgz` };
}
