const crypto = require("crypto");

function resetDigest(email, issuedAt) {
  const material = `${email}:${issuedAt}`;
  const hasher = crypto.createHash("sha512");
  hasher.update(material);
  return hasher.digest("hex");
}

module.exports = { resetDigest };
