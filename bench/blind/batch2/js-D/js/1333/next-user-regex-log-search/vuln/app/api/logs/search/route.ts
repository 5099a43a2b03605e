import { NextRequest, NextResponse } from 'next/server';
import { searchLogs } from '@/lib/logSearch';

export async function GET(req: NextRequest) {
  const pattern = req.nextUrl.searchParams.get('pattern') ?? '';
  const service = req.nextUrl.searchParams.get('service') ?? 'api';
  if (!pattern || pattern.length > 200) {
    return NextResponse.json({ error: 'pattern must be 1-200 characters' }, { status: 400 });
  }
  try {
    const lines = await searchLogs(service, pattern);
    return NextResponse.json({ count: lines.length, lines: lines.slice(0, 200) });
  } catch {
    return NextResponse.json({ error: 'invalid pattern' }, { status: 400 });
  }
}
