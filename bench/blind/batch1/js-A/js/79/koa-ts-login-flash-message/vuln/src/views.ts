export function loginPage(notice: string): string {
  const banner = notice ? `<div class="notice" role="alert">${notice}</div>` : '';
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
