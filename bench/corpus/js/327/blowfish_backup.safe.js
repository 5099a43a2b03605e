const crypto = require("crypto");
const fs = require("fs");

const CIPHER = "aes-256-cbc";

function encryptBackup(path, key) {
  const iv = crypto.randomBytes(16);
  const cipher = crypto.createCipheriv(CIPHER, key, iv);
  const data = fs.readFileSync(path);
  fs.writeFileSync(path + ".enc", Buffer.concat([iv, cipher.update(data), cipher.final()]));
}

module.exports = { encryptBackup };
