import React from 'react';
import { createState } from './oauthState';

const AUTHORIZE_URL = 'https://auth.example.com/oauth2/authorize';

export default function LoginButton({ clientId, redirectUri }) {
  const onClick = () => {
    const state = createState();
    sessionStorage.setItem('oauth_state', state);
    const params = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: 'openid profile',
      state,
    });
    window.location.assign(`${AUTHORIZE_URL}?${params}`);
  };

  return (
    <button type="button" className="btn-login" onClick={onClick}>
      Sign in with Example
    </button>
  );
}
