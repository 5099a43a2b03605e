import { renderPdf } from '../../lib/pdf';

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { docId, pageSize = 'A4' } = req.body;
  const pdf = await renderPdf(String(docId), String(pageSize));
  res.setHeader('Content-Type', 'application/pdf');
  res.send(pdf);
}
