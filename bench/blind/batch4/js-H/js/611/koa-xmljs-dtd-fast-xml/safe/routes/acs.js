const Router = require('@koa/router');
const libxmljs = require('libxmljs2');
const opts = require('../xml/options');
const router = new Router();

router.post('/sso/acs', async (ctx) => {
  const xml = Buffer.from(String(ctx.request.body.SAMLResponse), 'base64').toString('utf8');
  const doc = libxmljs.parseXml(xml, opts.safeParse);
  const nameId = doc.get('//*[local-name()="NameID"]');
  ctx.body = { subject: nameId ? nameId.text() : null };
});
module.exports = router;
