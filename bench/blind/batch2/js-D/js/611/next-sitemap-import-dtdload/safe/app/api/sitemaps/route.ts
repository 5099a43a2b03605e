import { NextResponse } from 'next/server';
import { extractUrls } from '@/lib/sitemap';

export async function POST(request: Request) {
  const form = await request.formData();
  const file = form.get('sitemap');
  if (!(file instanceof File)) {
    return NextResponse.json({ error: 'sitemap file required' }, { status: 400 });
  }
  if (file.size > 5 * 1024 * 1024) {
    return NextResponse.json({ error: 'file too large' }, { status: 413 });
  }
  const text = await file.text();
  try {
    const urls = extractUrls(text);
    return NextResponse.json({ count: urls.length, sample: urls.slice(0, 10) });
  } catch {
    return NextResponse.json({ error: 'not a sitemap' }, { status: 422 });
  }
}
