import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

export async function GET(_req: Request, { params }: { params: { slug: string } }) {
  const row = await db
    .selectFrom('shared_files')
    .select(['blobUrl', 'name'])
    .where('slug', '=', params.slug)
    .executeTakeFirst();
  if (!row) return new NextResponse('Not found', { status: 404 });
  const upstream = await fetch(row.blobUrl);
  return new NextResponse(upstream.body, {
    headers: {
      'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.name)}`,
      'Cache-Control': 'private, no-store',
    },
  });
}
