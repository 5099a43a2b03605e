import prisma from './prisma';

export async function listOrders(userId, { limit = 20 } = {}) {
  return prisma.order.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: Math.min(100, Math.max(1, limit)),
    select: { id: true, number: true, status: true, totalCents: true, createdAt: true },
  });
}
