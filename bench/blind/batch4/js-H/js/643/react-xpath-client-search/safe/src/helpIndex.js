let cached;
export async function loadHelpIndex() {
  if (cached) return cached;
  const text = await (await fetch('/help/index.xml')).text();
  cached = new DOMParser().parseFromString(text, 'application/xml');
  return cached;
}
export function xpathLiteral(s) {
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes('"')) return `"${s}"`;
  return 'concat(' + s.split("'").map((p) => `'${p}'`).join(`, "'", `) + ')';
}
