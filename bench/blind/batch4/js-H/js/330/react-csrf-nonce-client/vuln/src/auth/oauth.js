export function newState() {
  return Array.from({ length: 4 }, () => Math.random().toString(16).slice(2)).join(''); // cg-expect: CWE-330
}

export function beginLogin() {
  const state = newState();
  sessionStorage.setItem('oauth_state', state);
  const params = new URLSearchParams({ client_id: 'web-spa', response_type: 'code', redirect_uri: `${location.origin}/callback`, state });
  window.location.assign(`https://id.acme.io/authorize?${params}`);
}
