import { db } from './db';

export async function canAccessTicket(userId: string, ticketId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/.test(ticketId)) return false;
  const row = await db.ticket.findFirst({
    where: {
      id: ticketId,
      OR: [{ requesterId: userId }, { assigneeId: userId }, { team: { members: { some: { userId } } } }],
    },
    select: { id: true },
  });
  return row !== null;
}
