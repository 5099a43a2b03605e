export interface EmbedResult {
  html?: string;
  title?: string;
  thumbnail_url?: string;
}

// provider is a key into the list of oEmbed providers we support
const PROVIDERS: Record<string, string> = {
  youtube: 'https://www.youtube.com/oembed',
  vimeo: 'https://vimeo.com/api/oembed.json',
  soundcloud: 'https://soundcloud.com/oembed',
};

export async function resolveEmbed(provider: string, url: string): Promise<EmbedResult> {
  const base = Object.hasOwn(PROVIDERS, provider) ? PROVIDERS[provider] : null;
  if (!base) throw new Error('unsupported provider');
  const endpoint = new URL(base);
  endpoint.searchParams.set('url', url);
  endpoint.searchParams.set('format', 'json');
  const res = await fetch(endpoint, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`provider answered ${res.status}`);
  return (await res.json()) as EmbedResult;
}
