'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { unflattenFormData } from '@/lib/unflatten';
import { placeOrder } from '@/lib/orders';
import { getCart } from '@/lib/cart';

const CheckoutSchema = z.object({
  email: z.string().email(),
  shipping: z.object({
    name: z.string().min(1),
    address: z.object({ line1: z.string().min(1), city: z.string().min(1), postcode: z.string().min(3), country: z.string().length(2) }),
  }),
  notes: z.string().max(500).optional(),
});

export async function submitCheckout(formData: FormData) {
  const parsed = CheckoutSchema.safeParse(unflattenFormData(formData));
  if (!parsed.success) return { errors: parsed.error.flatten().fieldErrors };
  const cart = await getCart();
  const order = await placeOrder(cart, parsed.data);
  redirect(`/orders/${order.id}/thanks`);
}
