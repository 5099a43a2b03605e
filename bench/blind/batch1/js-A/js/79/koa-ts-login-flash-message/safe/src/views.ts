const NOTICES: Record<string, string> = {
  'bad-credentials': 'Wrong email or password.',
  'signed-out': 'You have been signed out.',
  'session-expired': 'Your session expired, please sign in again.',
};

export function loginPage(notice: string): string {
  const text = Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : '';
  const banner = text ? `<div class="notice" role="alert">${text}</div>` : '';
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Sign in</title></head>
<body>
  ${banner}
  <form method="post" action="/login">
    <input type="email" name="email" autocomplete="username">
    <input type="password" name="password" autocomplete="current-password">
    <button>Sign in</button>
  </form>
</body></html>`;
}
