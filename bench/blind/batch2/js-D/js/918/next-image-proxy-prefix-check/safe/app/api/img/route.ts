import { NextRequest } from 'next/server';
import { fetchImage } from '@/lib/imageProxy';

export async function GET(req: NextRequest) {
  const src = req.nextUrl.searchParams.get('src');
  if (!src) {
    return new Response('src required', { status: 400 });
  }
  try {
    const upstream = await fetchImage(src);
    return new Response(upstream.body, {
      status: 200,
      headers: {
        'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
        'cache-control': 'public, max-age=86400',
      },
    });
  } catch {
    return new Response('bad image', { status: 400 });
  }
}
