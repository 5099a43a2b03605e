import { NextResponse } from 'next/server';
import { submitToBilling } from '@/lib/billing';

export async function POST(request: Request) {
  const order = await request.json();
  if (!order || !Array.isArray(order.items)) {
    return NextResponse.json({ error: 'invalid order' }, { status: 400 });
  }
  const invoice = await submitToBilling(order);
  return NextResponse.json(invoice, { status: 201 });
}
