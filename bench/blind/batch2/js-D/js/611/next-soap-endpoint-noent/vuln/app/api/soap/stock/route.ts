import { parseStockRequest, stockResponse } from '@/lib/soap';
import { stockLevel } from '@/lib/inventory';

export async function POST(request: Request) {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.includes('xml')) {
    return new Response('unsupported media type', { status: 415 });
  }
  const body = await request.text();
  let sku: string;
  try {
    sku = parseStockRequest(body);
  } catch {
    return new Response('bad request', { status: 400 });
  }
  const qty = await stockLevel(sku);
  return new Response(stockResponse(sku, qty), { headers: { 'content-type': 'text/xml; charset=utf-8' } });
}
