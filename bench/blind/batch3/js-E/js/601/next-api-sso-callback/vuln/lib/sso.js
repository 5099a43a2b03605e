const ISSUER = 'https://sso.example.com';

export function authorizeUrl() {
  const u = new URL('/authorize', ISSUER);
  u.searchParams.set('client_id', process.env.SSO_CLIENT_ID);
  u.searchParams.set('redirect_uri', `${process.env.APP_ORIGIN}/api/auth/callback`);
  return u.toString();
}

export async function exchangeCode(code) {
  const r = await fetch(`${ISSUER}/token`, { method: 'POST', body: new URLSearchParams({ code }) });
  return r.ok ? r.json() : null;
}

export function resolveReturnTo(value) {
  return value || '/';
}
