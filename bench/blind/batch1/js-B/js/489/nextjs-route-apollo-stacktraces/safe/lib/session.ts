import type { NextRequest } from 'next/server';
import { jwtVerify } from 'jose';

const secret = new TextEncoder().encode(process.env.SESSION_JWT_SECRET);

export async function sessionFromRequest(req: NextRequest): Promise<{ id: string; orgId: string } | null> {
  const token = req.cookies.get('session')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: 'billing-app' });
    return { id: String(payload.sub), orgId: String(payload.org) };
  } catch {
    return null;
  }
}
