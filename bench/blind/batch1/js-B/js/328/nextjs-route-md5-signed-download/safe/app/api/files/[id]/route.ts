import { NextRequest, NextResponse } from 'next/server';
import { verifyDownloadSignature } from '@/lib/signing';
import { openStoredFile } from '@/lib/files';

export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  const expires = req.nextUrl.searchParams.get('expires') ?? '';
  const sig = req.nextUrl.searchParams.get('sig') ?? '';
  if (!verifyDownloadSignature(params.id, expires, sig)) {
    return NextResponse.json({ error: 'link invalid or expired' }, { status: 403 });
  }
  const file = await openStoredFile(params.id);
  if (!file) return new NextResponse(null, { status: 404 });
  return new NextResponse(file.stream, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${encodeURIComponent(file.name)}"`,
    },
  });
}
