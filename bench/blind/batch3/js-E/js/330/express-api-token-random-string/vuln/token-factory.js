const crypto = require('crypto');

class TokenFactory {
  constructor(prefix) {
    this.prefix = prefix;
  }

  randomPart() {
    return Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join(''); // cg-expect: CWE-330
  }

  create() {
    return `${this.prefix}_${this.randomPart()}`;
  }

  hash(token) {
    return crypto.createHash('sha256').update(token).digest('hex');
  }
}

module.exports = { TokenFactory };
