import { extend } from '../../../lib/extend';
import { runReport } from '../../../lib/reports';

const BASE_OPTIONS = {
  chart: { type: 'line', stacked: false, legend: { position: 'bottom' } },
  range: { days: 30 },
  format: { currency: 'USD', decimals: 2 },
};

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const options = extend(true, {}, BASE_OPTIONS, req.body?.options);
  const data = await runReport(req.body?.reportId, options);
  res.status(200).json({ options, data });
}
