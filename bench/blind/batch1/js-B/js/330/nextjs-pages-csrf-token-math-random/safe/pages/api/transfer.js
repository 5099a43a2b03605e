import { checkCsrf } from '../../lib/csrf';
import { getSession } from '../../lib/session';
import { moveFunds } from '../../lib/ledger';

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  if (!checkCsrf(req)) return res.status(403).json({ error: 'CSRF check failed' });
  const session = await getSession(req);
  if (!session) return res.status(401).end();
  const { toAccount, amountCents } = req.body;
  const receipt = await moveFunds(session.accountId, toAccount, Number(amountCents));
  res.status(200).json(receipt);
}
