import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { sealShare } from '@/lib/share-token';

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { documentId, canEdit } = (await req.json()) as { documentId: string; canEdit?: boolean };
  const token = sealShare({ doc: documentId, owner: session.user.id!, edit: Boolean(canEdit), iat: Date.now() });
  return NextResponse.json({ url: `${process.env.APP_URL}/s/${token}` });
}
