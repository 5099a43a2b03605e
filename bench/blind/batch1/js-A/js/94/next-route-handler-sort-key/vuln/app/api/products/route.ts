import { NextRequest, NextResponse } from 'next/server';
import { listProducts } from '@/lib/catalog';
import { sortBy } from '@/lib/sorting';

export async function GET(req: NextRequest) {
  const key = req.nextUrl.searchParams.get('sort') ?? 'name';
  const dir = req.nextUrl.searchParams.get('dir') === 'desc' ? -1 : 1;
  const products = await listProducts();
  return NextResponse.json(sortBy(products, key, dir));
}
