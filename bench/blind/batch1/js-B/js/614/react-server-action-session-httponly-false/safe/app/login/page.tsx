'use client';

import { useFormState, useFormStatus } from 'react-dom';
import { loginAction } from './actions';

function Submit() {
  const { pending } = useFormStatus();
  return <button type="submit" disabled={pending}>{pending ? 'Signing in…' : 'Sign in'}</button>;
}

export default function LoginPage() {
  const [state, action] = useFormState(loginAction, undefined);
  return (
    <main className="login">
      <form action={action}>
        <input name="email" type="email" autoComplete="username" required />
        <input name="password" type="password" autoComplete="current-password" required />
        {state?.error && <p role="alert">{state.error}</p>}
        <Submit />
      </form>
    </main>
  );
}
