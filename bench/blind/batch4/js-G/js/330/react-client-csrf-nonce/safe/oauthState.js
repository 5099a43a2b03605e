export function createState() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function checkState(returned) {
  const expected = sessionStorage.getItem('oauth_state');
  sessionStorage.removeItem('oauth_state');
  return Boolean(expected) && expected === returned;
}
