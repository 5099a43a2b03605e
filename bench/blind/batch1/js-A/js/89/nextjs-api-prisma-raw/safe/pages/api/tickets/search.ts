import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../auth/[...nextauth]';
import { searchTickets } from '../../../lib/tickets';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).end();
  const { status = 'open', text = '' } = req.body as { status?: string; text?: string };
  const tickets = await searchTickets(session.user.email, status, text);
  res.json(tickets);
}
