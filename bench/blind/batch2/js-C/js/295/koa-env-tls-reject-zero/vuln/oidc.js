async function exchangeCode(code) {
  const res = await fetch('https://login.example-idp.com/oauth2/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: 'web' }),
  });
  if (!res.ok) throw new Error('token exchange failed');
  return res.json();
}

module.exports = { exchangeCode };
