const vm = require('vm');

const FIELD_MAP_RE = /^\s*[a-zA-Z_][\w.]{0,100}\s*=>\s*[a-zA-Z_]\w{0,60}\s*$/;

class Transformer {
  constructor(source) {
    this.source = String(source || '');
  }

  apply(event) {
    const script = new vm.Script(`(function (event) { ${this.source} })(event)`); // cg-expect: CWE-94
    return script.runInNewContext({ event: JSON.parse(JSON.stringify(event)) }, { timeout: 100 });
  }
}

module.exports = { Transformer, FIELD_MAP_RE };
