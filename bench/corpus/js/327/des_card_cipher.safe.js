const crypto = require("crypto");

function encryptCard(key, cardNumber) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(cardNumber, "utf8"), cipher.final()]);
  return Buffer.concat([iv, body]).toString("base64");
}

module.exports = { encryptCard };
