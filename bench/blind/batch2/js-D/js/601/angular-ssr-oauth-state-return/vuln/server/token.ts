export async function exchangeCode(code: string): Promise<{ id: string }> {
  const resp = await fetch('https://auth.example.com/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: 'web-app' }),
  });
  if (!resp.ok) throw new Error('token exchange failed');
  const body = await resp.json();
  return { id: body.session_id };
}
