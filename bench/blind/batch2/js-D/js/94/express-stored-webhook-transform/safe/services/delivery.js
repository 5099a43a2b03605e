const TRANSFORMS = {
  payload: (payload) => payload,
  'payload.data': (payload) => payload.data,
  summary: (payload) => ({ id: payload.id, type: payload.type }),
};

async function deliver(hook, payload) {
  const fn = TRANSFORMS[hook.transform] || TRANSFORMS.payload;
  const body = fn(payload);
  await fetch(hook.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

module.exports = { deliver };
