const db = require('./db');
async function loadPrefs(uid) { const r = await db.oneOrNone('SELECT data FROM prefs WHERE uid = $1', [uid]); return r ? r.data : {}; }
async function savePrefs(uid, data) { await db.none('INSERT INTO prefs(uid, data) VALUES ($1, $2) ON CONFLICT (uid) DO UPDATE SET data = $2', [uid, data]); }
module.exports = { loadPrefs, savePrefs };
