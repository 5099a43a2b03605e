const LINK_RE = /\[\[([\w ]{1,200})(?:\|([^\]]{0,200}))?\]\]/g;

function extractLinks(body) {
  const out = [];
  for (const m of body.matchAll(LINK_RE)) {
    out.push({ target: m[1].trim(), label: (m[2] || m[1]).trim() });
    if (out.length >= 500) break;
  }
  return out;
}

module.exports = { extractLinks };
