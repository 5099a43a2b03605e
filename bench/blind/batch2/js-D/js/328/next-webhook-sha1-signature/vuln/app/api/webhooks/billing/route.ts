import { NextResponse } from 'next/server';
import { verifySignature } from '@/lib/signature';
import { recordPayment } from '@/lib/payments';

export async function POST(request: Request) {
  const raw = await request.text();
  const signature = request.headers.get('x-signature') ?? '';
  if (!verifySignature(raw, signature)) {
    return NextResponse.json({ error: 'bad signature' }, { status: 401 });
  }
  const event = JSON.parse(raw);
  if (event.type === 'payment.succeeded') {
    await recordPayment(event.data.invoiceId, event.data.amount);
  }
  return NextResponse.json({ received: true });
}
