const EMAIL = /^([a-zA-Z0-9_.-]+)*@example\.com$/;

function isCompanyEmail(address) {
  return EMAIL.test(address);  // cg-expect: CWE-1333
}

module.exports = function signup(req, res) {
  if (!isCompanyEmail(req.body.email)) return res.status(400).json({ error: "company address required" });
  res.json({ ok: true });
};
