import { NextRequest, NextResponse } from 'next/server';
import { auth } from '@/auth';
import { recentLines } from '@/lib/log-store';
import { filterLines } from '@/lib/log-filter';

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session?.user?.projectId) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const q = req.nextUrl.searchParams.get('q') ?? '';
  const ci = req.nextUrl.searchParams.get('ci') === '1';
  const lines = await recentLines(session.user.projectId, 5000);
  try {
    return NextResponse.json({ matches: filterLines(lines, q, ci).slice(0, 500) });
  } catch {
    return NextResponse.json({ error: 'invalid pattern' }, { status: 400 });
  }
}
