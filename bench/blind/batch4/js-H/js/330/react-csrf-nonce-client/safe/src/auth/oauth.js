export function newState() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function beginLogin() {
  const state = newState();
  sessionStorage.setItem('oauth_state', state);
  const params = new URLSearchParams({ client_id: 'web-spa', response_type: 'code', redirect_uri: `${location.origin}/callback`, state });
  window.location.assign(`https://id.acme.io/authorize?${params}`);
}
