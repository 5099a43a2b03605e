import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { readAssertion } from '@/lib/saml';
import { createSessionFor } from '@/lib/sessions';

export async function POST(request) {
  const form = await request.formData();
  const encoded = form.get('SAMLResponse');
  const relayState = form.get('RelayState');
  if (typeof encoded !== 'string') {
    return NextResponse.json({ error: 'missing SAMLResponse' }, { status: 400 });
  }
  const xml = Buffer.from(encoded, 'base64').toString('utf8');
  const assertion = await readAssertion(xml);
  if (!assertion.valid) {
    return NextResponse.json({ error: 'assertion rejected', issuer: assertion.issuer }, { status: 403 });
  }
  const sid = await createSessionFor(assertion.nameId);
  cookies().set('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  const target = typeof relayState === 'string' && relayState.startsWith('/') && !relayState.startsWith('//') ? relayState : '/';
  return NextResponse.redirect(new URL(target, request.url), 303);
}
