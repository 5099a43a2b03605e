import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export type TicketRow = { id: number; subject: string; status: string; updated_at: Date };

export async function searchTickets(ownerEmail: string, status: string, text: string) {
  return prisma.$queryRawUnsafe<TicketRow[]>( // cg-expect: CWE-89
    `SELECT id, subject, status, updated_at FROM "Ticket"
     WHERE owner_email = '${ownerEmail}' AND status = '${status}'
       AND to_tsvector('english', subject || ' ' || body) @@ plainto_tsquery('english', '${text}')
     ORDER BY updated_at DESC LIMIT 50`,
  );
}
