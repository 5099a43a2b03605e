'use server';

import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { placeOrder } from '@/lib/orders';

export async function confirmOrder(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) redirect('/login');

  const cartId = String(formData.get('cartId') ?? '');
  const continueTo = String(formData.get('continueTo') ?? '/orders');
  const order = await placeOrder(session.user.id, cartId);

  const separator = continueTo.includes('?') ? '&' : '?';
  redirect(`${continueTo}${separator}order=${order.id}`); // cg-expect: CWE-601
}
