import { prisma } from './prisma';

export interface Cart {
  id: string;
  items: Array<{ priceId: string; qty: number }>;
}

export async function getCart(id: string): Promise<Cart | null> {
  const cart = await prisma.cart.findUnique({ where: { id }, include: { items: true } });
  if (!cart) return null;
  return { id: cart.id, items: cart.items.map((i) => ({ priceId: i.stripePriceId, qty: i.quantity })) };
}
