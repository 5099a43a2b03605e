import { NextRequest, NextResponse } from 'next/server';
import { extractMeta, isAllowedTarget } from '@/lib/preview';

export async function GET(req: NextRequest) {
  const target = req.nextUrl.searchParams.get('url');
  if (!target) return NextResponse.json({ error: 'url required' }, { status: 400 });
  const upstream = await fetch(target, { redirect: 'manual', cache: 'no-store' }); // cg-expect: CWE-918
  const html = await upstream.text();
  return NextResponse.json(extractMeta(html));
}
