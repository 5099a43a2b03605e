import { renderSignature } from '../../lib/signature';

export default function handler(req, res) {
  const { layout, name, title, phone } = req.body || {};
  if (req.method !== 'POST') return res.status(405).end();
  const html = renderSignature(layout, { name, title, phone });
  res.status(200).json({ html });
}
