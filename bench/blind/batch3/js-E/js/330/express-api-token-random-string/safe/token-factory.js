const crypto = require('crypto');

class TokenFactory {
  constructor(prefix) {
    this.prefix = prefix;
  }

  randomPart() {
    return crypto.randomBytes(24).toString('base64url');
  }

  create() {
    return `${this.prefix}_${this.randomPart()}`;
  }

  hash(token) {
    return crypto.createHash('sha256').update(token).digest('hex');
  }
}

module.exports = { TokenFactory };
