const ALLOWED_HOSTS = new Set(['www.youtube.com', 'github.com', 'en.wikipedia.org']);

export async function fetchPreview(target: string) {
  const url = new URL(target);
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error('bad scheme');
  const resp = await fetch(url.toString(), { redirect: 'manual' }); // cg-expect: CWE-918
  const html = await resp.text();
  const title = /<title>([^<]{0,200})<\/title>/i.exec(html)?.[1] ?? url.hostname;
  return { url: url.toString(), title, knownHost: ALLOWED_HOSTS.has(url.hostname) };
}
