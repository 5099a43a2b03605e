import { NextResponse } from 'next/server';
import { readReport } from '@/lib/reports';

export async function GET(_req: Request, { params }: { params: { name: string } }) {
  const name = decodeURIComponent(params.name);
  try {
    const csv = await readReport(name);
    return new NextResponse(csv, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="report.csv"`,
      },
    });
  } catch {
    return NextResponse.json({ error: 'report not found' }, { status: 404 });
  }
}
