const LINK_RE = /\[((?:[^\]]|\\.)*)\]\((https?:\/\/(?:[\w-]+\.?)+(?:\/[\w\-./?%&=]*)?)\)/g;
const LINK_RE_SAFE = /\[([^\]\n]{0,200})\]\((https?:\/\/[^\s)]{1,2048})\)/g;

export function extractLinks(body: string): { text: string; href: string }[] {
  return [...body.matchAll(LINK_RE)].map((m) => ({ text: m[1], href: m[2] })); // cg-expect: CWE-1333
}
