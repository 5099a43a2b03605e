'use server';

import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { placeOrder } from '@/lib/orders';
import { partnerOrigins } from '@/lib/partners';

function allowedContinue(value: string): string {
  if (/^\/(?![/\\])/.test(value)) return value;
  try {
    const url = new URL(value);
    return partnerOrigins().has(url.origin) ? url.href : '/orders';
  } catch {
    return '/orders';
  }
}

export async function confirmOrder(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');

  const cartId = String(formData.get('cartId') ?? '');
  const continueTo = allowedContinue(String(formData.get('continueTo') ?? '/orders'));
  const order = await placeOrder(session.user.id, cartId);

  const separator = continueTo.includes('?') ? '&' : '?';
  redirect(`${continueTo}${separator}order=${order.id}`);
}
