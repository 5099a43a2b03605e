import React from 'react';
import { beginLogin } from '../auth/oauth';

export default function LoginButton() {
  return <button type="button" onClick={beginLogin}>Sign in with Acme ID</button>;
}
