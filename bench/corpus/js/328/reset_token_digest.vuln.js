const crypto = require("crypto");

function resetDigest(email, issuedAt) {
  const material = `${email}:${issuedAt}`;
  const hasher = crypto.createHash("sha1");  // cg-expect: CWE-328
  hasher.update(material);
  return hasher.digest("hex");
}

module.exports = { resetDigest };
