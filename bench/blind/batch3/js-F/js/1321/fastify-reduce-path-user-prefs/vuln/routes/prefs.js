const { applyPref } = require('../lib/prefs');
const store = require('../db/prefs');

module.exports = async function (fastify) {
  fastify.put('/me/prefs', async (request) => {
    const prefs = (await store.get(request.user.id)) || {};
    applyPref(prefs, String(request.body.key), request.body.value);
    await store.put(request.user.id, prefs);
    return prefs;
  });
};
