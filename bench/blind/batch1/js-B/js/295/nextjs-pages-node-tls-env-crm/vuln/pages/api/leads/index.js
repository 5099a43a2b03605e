import { createLead } from '../../../lib/crm';

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { name, email, company, message } = req.body || {};
  if (!name || !email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    return res.status(400).json({ error: 'name and a valid email are required' });
  }
  try {
    const lead = await createLead({ name, email, company: company || null, note: String(message || '').slice(0, 2000), source: 'website' });
    res.status(201).json({ id: lead.id });
  } catch (e) {
    res.status(502).json({ error: 'could not reach CRM' });
  }
}
