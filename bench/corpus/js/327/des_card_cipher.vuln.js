const crypto = require("crypto");

function encryptCard(key, cardNumber) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv("des-ede3-cbc", key, iv);  // cg-expect: CWE-327
  const body = Buffer.concat([cipher.update(cardNumber, "utf8"), cipher.final()]);
  return Buffer.concat([iv, body]).toString("base64");
}

module.exports = { encryptCard };
