import { NextRequest, NextResponse } from 'next/server';
import { put } from '@vercel/blob';
import { newShareSlug } from '@/lib/slugs';
import { db } from '@/lib/db';

// Uploads are private; anyone holding the /f/<slug> link can download.
export async function POST(req: NextRequest) {
  const form = await req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) return NextResponse.json({ error: 'file missing' }, { status: 400 });

  const slug = newShareSlug();
  const blob = await put(`private/${slug}`, file, { access: 'public', addRandomSuffix: false });
  await db.insertInto('shared_files').values({ slug, blobUrl: blob.url, name: file.name, size: file.size }).execute();
  return NextResponse.json({ link: `${req.nextUrl.origin}/f/${slug}` }, { status: 201 });
}
