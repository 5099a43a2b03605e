'use server';

import serialize from 'node-serialize';
import { auth } from '@/auth';
import { saveCompany } from '@/lib/companies';

type WizardState = { step: number; company?: string; seats?: number; plan?: string };

// each step round-trips the accumulated wizard state through a hidden form field
export async function nextStep(_prev: WizardState, formData: FormData): Promise<WizardState> {
  const session = await auth();
  if (!session?.user?.id) throw new Error('unauthenticated');

  const encoded = String(formData.get('state') ?? '');
  const state: WizardState = encoded
    ? serialize.unserialize(Buffer.from(encoded, 'base64').toString()) // cg-expect: CWE-502
    : { step: 0 };

  const merged: WizardState = { ...state, ...Object.fromEntries(formData.entries()), step: state.step + 1 };
  if (merged.step === 3) await saveCompany(session.user.id, merged);
  return merged;
}
