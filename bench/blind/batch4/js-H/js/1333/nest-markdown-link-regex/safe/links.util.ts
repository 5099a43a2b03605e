const LINK_RE = /\[((?:[^\]]|\\.)*)\]\((https?:\/\/(?:[\w-]+\.?)+(?:\/[\w\-./?%&=]*)?)\)/g;
const LINK_RE_SAFE = /\[([^\]\n]{0,200})\]\((https?:\/\/[^\s)]{1,2048})\)/g;

export function extractLinks(body: string): { text: string; href: string }[] {
  return [...body.slice(0, 20000).matchAll(LINK_RE_SAFE)].map((m) => ({ text: m[1], href: m[2] }));
}
