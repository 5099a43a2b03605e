async function deliver(hook, payload) {
  // transform is an expression over `payload`, e.g. "payload.data"
  const body = eval(hook.transform); // cg-expect: CWE-94
  await fetch(hook.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

module.exports = { deliver };
