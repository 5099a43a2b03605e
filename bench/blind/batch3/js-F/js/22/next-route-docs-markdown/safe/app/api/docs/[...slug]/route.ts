import { NextResponse } from 'next/server';
import { readDoc } from '../../../../lib/docs';

export async function GET(_req: Request, { params }: { params: { slug: string[] } }) {
  try {
    const md = await readDoc(params.slug.join('/'));
    return new NextResponse(md, { headers: { 'content-type': 'text/markdown' } });
  } catch {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
}
