const _ = require('lodash');
const Mustache = require('mustache');
const templates = require('../db/templates');
const transport = require('./transport');

async function sendWelcome(tenantId, user) {
  const tpl = await templates.get(tenantId, 'welcome');
  const body = _.template(tpl.body)({ user }); // cg-expect: CWE-94
  await transport.send({ to: user.email, subject: tpl.subject, text: body });
}

module.exports = { sendWelcome };
