/**
 * Words in a cookie's name (or the constant holding it, or the value it is
 * given) that say it carries a credential: sessions, authentication tokens,
 * remember-me and user ids. Secure and HttpOnly protect these; a theme,
 * region or cart cookie is no credential. Shared by both languages' cookie
 * rules so they agree on what a credential cookie is.
 */
export const CREDENTIAL_COOKIE =
  /sess|sid|auth|token|jwt|login|remember|user|account|ident|csrf|xsrf|bff|refresh|access|[^a-z]id\b/i;

/**
 * Words that say a cookie only remembers a preference or a hint even when a
 * credential word is in its name: `last_login_hint` pre-fills a login form
 * (OpenID Connect's `login_hint`), `user_prefs` holds settings. Neither
 * identifies a session, so Secure and HttpOnly guard nothing there.
 */
export const NOT_A_CREDENTIAL_COOKIE =
  /hint|pref(?:s|erence)|theme|locale|lang(?:uage)?\b|consent|banner|dismiss/i;

/** A cookie name (or the constant holding it) that carries a credential. */
export function isCredentialCookie(name: string): boolean {
  return CREDENTIAL_COOKIE.test(name) && !NOT_A_CREDENTIAL_COOKIE.test(name);
}
