import axios from "axios";
import https from "node:https";

export async function fetchInvoices(customerId: string) {
  const url = `https://billing.internal/customers/${encodeURIComponent(customerId)}/invoices`;
  const reply = await axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: true }) });
  return reply.data as unknown[];
}
