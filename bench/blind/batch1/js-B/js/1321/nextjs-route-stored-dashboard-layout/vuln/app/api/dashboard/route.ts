import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { db } from '@/lib/db';
import { DEFAULT_LAYOUT, overlay } from '@/lib/layout';

export async function PUT(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const text = await req.text();
  if (text.length > 64_000) return NextResponse.json({ error: 'layout too large' }, { status: 413 });
  JSON.parse(text); // validate
  await db.query('UPDATE users SET dashboard_layout = $1 WHERE id = $2', [text, session.user.id]);
  return new NextResponse(null, { status: 204 });
}

export async function GET() {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { rows } = await db.query('SELECT dashboard_layout FROM users WHERE id = $1', [session.user.id]);
  const saved = rows[0]?.dashboard_layout ? JSON.parse(rows[0].dashboard_layout) : {};
  return NextResponse.json(overlay(structuredClone(DEFAULT_LAYOUT), saved));
}
