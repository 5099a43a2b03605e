const REGIONS = new Set(['eu-west', 'eu-central', 'us-east', 'us-west', 'ap-south']);

export async function fetchQuote(region: string, sku: string) {
  if (!REGIONS.has(region)) {
    throw new Error('unknown region');
  }
  const url = `https://${region}.pricing.internal.example/v1/quote?sku=${encodeURIComponent(sku)}`;
  const res = await fetch(url, { headers: { 'x-service': 'storefront' }, redirect: 'error' });
  if (!res.ok) {
    throw new Error(`pricing ${res.status}`);
  }
  const body = (await res.json()) as { price: number; currency: string };
  return { region, sku, price: body.price, currency: body.currency };
}

export function listRegions(): string[] {
  return ['eu-west', 'eu-central', 'us-east', 'us-west', 'ap-south'];
}
