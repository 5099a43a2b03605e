import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { signDownload } from '@/lib/signing';
import { ownsFile } from '@/lib/files';

// Owners mint a time-limited link they can share with people who have no account.
export async function POST(_req: Request, { params }: { params: { id: string } }) {
  const session = await auth();
  if (!session?.user?.id || !(await ownsFile(session.user.id, params.id))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  const expires = Math.floor(Date.now() / 1000) + 24 * 3600;
  const sig = signDownload(params.id, expires);
  return NextResponse.json({ url: `/api/files/${params.id}?expires=${expires}&sig=${encodeURIComponent(sig)}` });
}
