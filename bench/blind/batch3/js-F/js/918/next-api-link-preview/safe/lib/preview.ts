const ALLOWED_HOSTS = new Set(['www.youtube.com', 'github.com', 'en.wikipedia.org']);

export async function fetchPreview(target: string) {
  const url = new URL(target);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) throw new Error('host not allowed');
  const resp = await fetch(url.toString(), { redirect: 'manual' });
  const html = await resp.text();
  const title = /<title>([^<]{0,200})<\/title>/i.exec(html)?.[1] ?? url.hostname;
  return { url: url.toString(), title, knownHost: ALLOWED_HOSTS.has(url.hostname) };
}
