const crypto = require("crypto");

class PasswordService {
  constructor(db) {
    this.db = db;
  }

  async setPassword(userId, password) {
    const salt = crypto.randomBytes(16).toString("hex");
    const hash = crypto.createHash("md5").update(salt + password).digest("hex");  // cg-expect: CWE-328
    await this.db.query("UPDATE users SET salt = $1, pw = $2 WHERE id = $3", [salt, hash, userId]);
  }
}

module.exports = PasswordService;
