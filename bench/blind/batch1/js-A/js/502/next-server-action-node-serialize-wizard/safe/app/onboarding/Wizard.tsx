'use client';

import { useActionState } from 'react';
import { nextStep } from './actions';

export default function Wizard({ initialState }: { initialState: string }) {
  const [state, action] = useActionState(nextStep, { step: 0 });
  return (
    <form action={action}>
      <input type="hidden" name="state" value={initialState} />
      {state.step === 0 && <input name="company" placeholder="Company name" />}
      {state.step === 1 && <input name="seats" type="number" min={1} />}
      {state.step === 2 && (
        <select name="plan">
          <option value="team">Team</option>
          <option value="business">Business</option>
        </select>
      )}
      <button type="submit">Continue</button>
    </form>
  );
}
