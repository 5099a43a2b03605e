import { request } from 'undici';

const PROVIDERS: Record<string, string> = {
  'www.youtube.com': 'https://www.youtube.com/oembed',
  'vimeo.com': 'https://vimeo.com/api/oembed.json',
};

export async function getEmbed(target: string) {
  const u = new URL(target);
  const endpoint = PROVIDERS[u.hostname] ?? `${u.origin}/oembed`;
  const { body } = await request(`${endpoint}?format=json&url=${encodeURIComponent(target)}`); // cg-expect: CWE-918
  const data = (await body.json()) as { html?: string; title?: string };
  return { title: data.title ?? '', html: data.html ?? '' };
}
