const crypto = require("crypto");
const fs = require("fs");

const CIPHER = "bf-cbc";

function encryptBackup(path, key) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv(CIPHER, key, iv);  // cg-expect: CWE-327
  const data = fs.readFileSync(path);
  fs.writeFileSync(path + ".enc", Buffer.concat([iv, cipher.update(data), cipher.final()]));
}

module.exports = { encryptBackup };
