import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { presignUpload } from '@/lib/s3';
import { canAccessTicket } from '@/lib/tickets';

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { ticketId, fileName, contentType } = (await req.json()) as Record<string, string>;
  if (!(await canAccessTicket(session.user.id, ticketId))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }
  if (!/^(image\/(png|jpeg)|application\/pdf)$/.test(contentType)) {
    return NextResponse.json({ error: 'unsupported type' }, { status: 415 });
  }
  return NextResponse.json(await presignUpload(ticketId, fileName, contentType));
}
