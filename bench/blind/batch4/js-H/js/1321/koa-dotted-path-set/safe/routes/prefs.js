const Router = require('@koa/router');
const { loadPrefs, savePrefs } = require('../prefs-store');
const router = new Router();

const FORBIDDEN = /(^|\.)(__proto__|constructor|prototype)(\.|$)/;

function setPath(obj, dotted, value) {
  const keys = dotted.split('.');
  let cur = obj;
  for (const k of keys.slice(0, -1)) {
    if (typeof cur[k] !== 'object' || cur[k] === null) cur[k] = {};
    cur = cur[k];
  }
  cur[keys[keys.length - 1]] = value;
}

router.post('/prefs/set', async (ctx) => {
  const { path, value } = ctx.request.body;
  if (typeof path !== 'string' || FORBIDDEN.test(path) || /[\[\]]/.test(path)) ctx.throw(400, 'invalid path');
  const prefs = await loadPrefs(ctx.state.user.id);
  setPath(prefs, path, value);
  await savePrefs(ctx.state.user.id, prefs);
  ctx.body = prefs;
});
module.exports = router;
