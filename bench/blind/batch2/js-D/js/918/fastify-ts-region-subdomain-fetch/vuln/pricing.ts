export async function fetchQuote(region: string, sku: string) {
  const url = `https://${region}.pricing.internal.example/v1/quote?sku=${encodeURIComponent(sku)}`;
  const res = await fetch(url, { headers: { 'x-service': 'storefront' } }); // cg-expect: CWE-918
  if (!res.ok) {
    throw new Error(`pricing ${res.status}`);
  }
  const body = (await res.json()) as { price: number; currency: string };
  return { region, sku, price: body.price, currency: body.currency };
}

export function listRegions(): string[] {
  return ['eu-west', 'eu-central', 'us-east', 'us-west', 'ap-south'];
}
