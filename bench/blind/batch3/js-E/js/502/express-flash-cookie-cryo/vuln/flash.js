const Cryo = require('cryo');

function readFlash(req) {
  const raw = req.cookies.flash;
  if (!raw) return null;
  const obj = Cryo.parse(Buffer.from(raw, 'base64').toString('utf8')); // cg-expect: CWE-502
  return { level: String(obj.level || 'info'), text: String(obj.text || '') };
}

function writeFlash(res, level, text) {
  res.cookie('flash', Buffer.from(Cryo.stringify({ level, text })).toString('base64'), { httpOnly: true, secure: true, maxAge: 60000 });
}

module.exports = { readFlash, writeFlash };
