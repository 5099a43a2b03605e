export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  refreshExpiresIn: number;
}

const TOKEN_URL = `${process.env.IDP_ISSUER}/protocol/openid-connect/token`;

async function tokenRequest(params: Record<string, string>): Promise<TokenSet | null> {
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: process.env.IDP_CLIENT_ID!, client_secret: process.env.IDP_CLIENT_SECRET!, ...params }),
    cache: 'no-store',
  });
  if (!res.ok) return null;
  const j = await res.json();
  return { accessToken: j.access_token, refreshToken: j.refresh_token, expiresIn: j.expires_in, refreshExpiresIn: j.refresh_expires_in };
}

export const exchangePassword = (username: string, password: string) =>
  tokenRequest({ grant_type: 'password', username, password, scope: 'openid' });

export const rotateRefresh = (refreshToken: string) => tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken });
