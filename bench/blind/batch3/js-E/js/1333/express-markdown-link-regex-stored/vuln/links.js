const LINK_RE = /\[\[((?:[\w ]+)+)(?:\|([^\]]*))?\]\]/g;

function extractLinks(body) {
  const out = [];
  for (const m of body.matchAll(LINK_RE)) { // cg-expect: CWE-1333
    out.push({ target: m[1].trim(), label: (m[2] || m[1]).trim() });
    if (out.length >= 500) break;
  }
  return out;
}

module.exports = { extractLinks };
