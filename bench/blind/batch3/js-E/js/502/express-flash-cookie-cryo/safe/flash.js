const Cryo = { parse: JSON.parse, stringify: JSON.stringify };

function readFlash(req) {
  const raw = req.cookies.flash;
  if (!raw) return null;
  let obj;
  try {
    obj = Cryo.parse(Buffer.from(raw, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  return { level: String(obj.level || 'info'), text: String(obj.text || '') };
}

function writeFlash(res, level, text) {
  res.cookie('flash', Buffer.from(Cryo.stringify({ level, text })).toString('base64'), { httpOnly: true, secure: true, maxAge: 60000 });
}

module.exports = { readFlash, writeFlash };
