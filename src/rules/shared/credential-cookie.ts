/**
 * Words in a cookie's name (or the constant holding it, or the value it is
 * given) that say it carries a credential: sessions, authentication tokens,
 * remember-me and user ids. Secure and HttpOnly protect these; a theme,
 * region or cart cookie is no credential. Shared by both languages' cookie
 * rules so they agree on what a credential cookie is.
 */
export const CREDENTIAL_COOKIE =
  /sess|sid|auth|token|jwt|login|remember|user|account|ident|csrf|xsrf|bff|refresh|access|[^a-z]id\b/i;
