'use client';

import { useFormState } from 'react-dom';
import { whoisAction, WhoisState } from './actions';

export default function WhoisPage() {
  const [state, formAction] = useFormState<WhoisState, FormData>(whoisAction, {});
  return (
    <form action={formAction}>
      <input name="domain" placeholder="example.com" />
      <button type="submit">Look up</button>
      {state.registrar && <p>Registrar: {state.registrar}</p>}
      {state.error && <p role="alert">{state.error}</p>}
    </form>
  );
}
