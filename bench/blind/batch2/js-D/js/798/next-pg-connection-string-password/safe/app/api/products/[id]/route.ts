import { NextResponse } from 'next/server';
import { pool } from '@/lib/db';

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const id = Number(params.id);
  if (!Number.isInteger(id)) {
    return NextResponse.json({ error: 'bad id' }, { status: 400 });
  }
  const { rows } = await pool.query('SELECT id, name, price_cents FROM products WHERE id = $1', [id]);
  if (!rows.length) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  return NextResponse.json(rows[0]);
}

export async function HEAD(_req: Request, ctx: { params: { id: string } }) {
  const res = await GET(_req, ctx);
  return new Response(null, { status: res.status });
}
