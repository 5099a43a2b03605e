import { NextRequest, NextResponse } from 'next/server';
import { fetchImage } from '@/lib/images';

export async function GET(req: NextRequest) {
  const src = req.nextUrl.searchParams.get('src');
  if (!src) {
    return NextResponse.json({ error: 'src required' }, { status: 400 });
  }
  const upstream = await fetchImage(src);
  if (!upstream) {
    return NextResponse.json({ error: 'not allowed' }, { status: 403 });
  }
  return new NextResponse(upstream.body, {
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' },
  });
}
