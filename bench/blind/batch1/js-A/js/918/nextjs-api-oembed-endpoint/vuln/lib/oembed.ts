export interface EmbedResult {
  html?: string;
  title?: string;
  thumbnail_url?: string;
}

// provider is the provider's oEmbed endpoint as advertised in the page's <link rel="alternate">
export async function resolveEmbed(provider: string, url: string): Promise<EmbedResult> {
  const endpoint = new URL(provider);
  endpoint.searchParams.set('url', url);
  endpoint.searchParams.set('format', 'json');
  const res = await fetch(endpoint, { headers: { accept: 'application/json' } }); // cg-expect: CWE-918
  if (!res.ok) throw new Error(`provider answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
  return (await res.json()) as EmbedResult;
}
