'use server';

import { lookupWhois } from '@/lib/whois';

export type WhoisState = { domain?: string; registrar?: string; error?: string };

export async function whoisAction(_prev: WhoisState, formData: FormData): Promise<WhoisState> {
  const domain = String(formData.get('domain') ?? '').trim().toLowerCase();
  if (!domain) {
    return { error: 'Enter a domain' };
  }
  try {
    const registrar = await lookupWhois(domain);
    return { domain, registrar };
  } catch {
    return { domain, error: 'Lookup failed' };
  }
}
