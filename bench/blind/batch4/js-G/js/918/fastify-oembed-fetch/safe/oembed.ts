import { request } from 'undici';

const PROVIDERS: Record<string, string> = {
  'www.youtube.com': 'https://www.youtube.com/oembed',
  'vimeo.com': 'https://vimeo.com/api/oembed.json',
};

export async function getEmbed(target: string) {
  const u = new URL(target);
  const endpoint = PROVIDERS[u.hostname];
  if (!endpoint || u.protocol !== 'https:') throw new Error('unsupported provider');
  const { body } = await request(`${endpoint}?format=json&url=${encodeURIComponent(target)}`);
  const data = (await body.json()) as { html?: string; title?: string };
  return { title: data.title ?? '', html: data.html ?? '' };
}
