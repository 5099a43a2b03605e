const vm = require('vm');

const FIELD_MAP_RE = /^\s*[a-zA-Z_][\w.]{0,100}\s*=>\s*[a-zA-Z_]\w{0,60}\s*$/;

class Transformer {
  constructor(source) {
    this.source = String(source || '');
  }

  // Transform is a declarative field map: "src.path => destKey;" lines, no code is executed.
  apply(event) {
    const out = Object.create(null);
    for (const line of this.source.split(';')) {
      if (!line.trim()) continue;
      if (!FIELD_MAP_RE.test(line)) throw new Error('invalid transform');
      const [from, to] = line.split('=>').map((s) => s && s.trim());
      if (!from || !to) continue;
      out[to] = from.split('.').reduce((o, k) => (o != null && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined), event);
    }
    return out;
  }
}

module.exports = { Transformer, FIELD_MAP_RE };
