import { NextResponse } from 'next/server';
import { renderNotification } from '@/lib/notify';

export async function POST(request: Request) {
  const body = await request.json();
  const { template, templateId, user } = body ?? {};
  if (!user || typeof user.name !== 'string') {
    return NextResponse.json({ error: 'user required' }, { status: 400 });
  }
  try {
    const html = renderNotification({ template, templateId, user });
    return NextResponse.json({ html });
  } catch {
    return NextResponse.json({ error: 'render failed' }, { status: 422 });
  }
}
