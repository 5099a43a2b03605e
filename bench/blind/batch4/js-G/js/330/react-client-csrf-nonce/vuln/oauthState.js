export function createState() {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join(''); // cg-expect: CWE-330
}

export function checkState(returned) {
  const expected = sessionStorage.getItem('oauth_state');
  sessionStorage.removeItem('oauth_state');
  return Boolean(expected) && expected === returned;
}
