'use server';

import { auth } from '@/auth';
import { saveCompany } from '@/lib/companies';

type WizardState = { step: number; company?: string; seats?: number; plan?: string };

function parseState(json: string): WizardState {
  const raw = JSON.parse(json);
  return {
    step: Number.isInteger(raw.step) ? Math.min(Math.max(raw.step, 0), 3) : 0,
    company: typeof raw.company === 'string' ? raw.company.slice(0, 120) : undefined,
    seats: Number.isInteger(raw.seats) ? raw.seats : undefined,
    plan: raw.plan === 'team' || raw.plan === 'business' ? raw.plan : undefined,
  };
}

// each step round-trips the accumulated wizard state through a hidden form field
export async function nextStep(_prev: WizardState, formData: FormData): Promise<WizardState> {
  const session = await auth();
  if (!session?.user?.id) throw new Error('unauthenticated');

  const encoded = String(formData.get('state') ?? '');
  const state: WizardState = encoded
    ? parseState(Buffer.from(encoded, 'base64').toString())
    : { step: 0 };

  const merged: WizardState = { ...state, ...Object.fromEntries(formData.entries()), step: state.step + 1 };
  if (merged.step === 3) await saveCompany(session.user.id, merged);
  return merged;
}
