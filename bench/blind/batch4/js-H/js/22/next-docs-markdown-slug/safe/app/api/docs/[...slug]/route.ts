import { NextResponse } from 'next/server';
import { readDoc } from '@/lib/docs';

export async function GET(_req: Request, { params }: { params: { slug: string[] } }) {
  const md = await readDoc(params.slug);
  return new NextResponse(md, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
}
