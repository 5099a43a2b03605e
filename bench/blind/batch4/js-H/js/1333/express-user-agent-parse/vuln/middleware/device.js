const UA_RE = /^(\w+\s?)*\/(\d+\.?)+ \((.*)\)$/;
const SAFE_UA_RE = /^([\w ]{1,64})\/([\d.]{1,32}) \(([^)]{0,200})\)/;

function detectDevice(req, res, next) {
  const ua = req.get('User-Agent') || '';
  const m = UA_RE.exec(ua); // cg-expect: CWE-1333
  req.device = m ? { product: m[1], platform: m[3] } : { product: 'unknown' };
  next();
}
module.exports = { detectDevice };
