type AuthResult = { jwt: string; expiresIn: number; user: { id: string; name: string } };

export async function exchangeCredentials(email: string, password: string): Promise<AuthResult | null> {
  const res = await fetch(`${process.env.AUTH_API_URL}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    cache: 'no-store',
  });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error(`auth api ${res.status}`);
  const body = await res.json();
  return { jwt: body.access_token, expiresIn: body.expires_in, user: body.user };
}
