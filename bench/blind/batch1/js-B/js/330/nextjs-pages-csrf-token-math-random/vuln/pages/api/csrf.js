import { issueCsrfToken } from '../../lib/csrf';

export default function handler(req, res) {
  if (req.method !== 'GET') return res.status(405).end();
  const token = issueCsrfToken(res);
  res.setHeader('Cache-Control', 'no-store');
  res.status(200).json({ csrfToken: token });
}
