/**
 * Session keys that hold the user's display preferences (theme, language,
 * time zone). A value the user chose for them is theirs to choose: no later
 * check trusts it, so storing it unvalidated crosses no trust boundary (CWE-501
 * is about roles, ids, flags and prices the server later relies on).
 *
 * Keys are compared without case, `_` or `-`, so `time_zone`, `timeZone` and
 * `time-zone` are one key.
 */
const PREFERENCE_KEYS = new Set([
  "theme",
  "colorscheme",
  "colourscheme",
  "darkmode",
  "lang",
  "language",
  "locale",
  "timezone",
  "tz",
  "pagesize",
  "perpage",
  "sortorder",
  "sortby",
  "fontsize",
  "layout",
]);

/**
 * Keys for the name a user is shown under. Such a name is the user's own
 * choice once the server has cut it down to a short plain string
 * (`String(name).slice(0, 60)`, `str(nick)[:20]`); copied raw it may still be
 * an object or an unbounded value later code relies on.
 */
const DISPLAY_NAME_KEYS = new Set(["nick", "nickname", "name", "displayname", "fullname"]);

/** Keys that say their value awaits the server's check (`pendingEmail`, `unverified_phone`). */
const PENDING_KEY = /^(?:pending|unverified|unconfirmed)[a-z]/;

/** How a session key is treated: a preference always, a display name only as a bounded string. */
export type PreferenceKind = "preference" | "display-name" | undefined;

/** Whether a session key names a display preference (`theme`) or a display name (`displayName`). */
export function preferenceKind(key: string): PreferenceKind {
  const folded = key.replace(/[-_]/g, "").toLowerCase();
  if (PREFERENCE_KEYS.has(folded)) return "preference";
  // `pendingEmail`, `unverifiedPhone`: held as not yet vouched for, until a code sent to it comes back; no check trusts it.
  if (PENDING_KEY.test(folded)) return "preference";
  return DISPLAY_NAME_KEYS.has(folded) ? "display-name" : undefined;
}

/**
 * The key a session write names: the last member of `req.session.theme`, or
 * the literal in `session["theme"]` / `session.set("theme", …)`. Undefined
 * when the key is computed.
 */
export function sessionKeyOf(target: string): string | undefined {
  if (target.length > 200) return undefined;
  const subscript = /\[\s*["'`]([\w-]+)["'`]\s*\]\s*$/.exec(target);
  if (subscript) return subscript[1];
  const member = /\.([\w$]+)\s*$/.exec(target);
  return member?.[1];
}

/**
 * Members of a cart line that are the shopper's to pick: which item and how
 * many. The line's price or discount is the server's to set, so only the other
 * members of `{ sku, qty, price }` matter when a line goes into the session.
 */
const CART_CHOICE_KEYS = new Set(["sku", "qty", "quantity", "productid", "itemid", "variantid"]);

/** Whether an object member names what a shopper picks for a cart line (`sku`, `qty`). */
export function isCartChoiceKey(key: string): boolean {
  return CART_CHOICE_KEYS.has(key.replace(/[-_]/g, "").toLowerCase());
}

/**
 * Keys that say whom the session acts as (`userId`, `effectiveUserId`,
 * `actingAs`, `impersonatedUserId`): switching them is what a support or admin
 * privilege grants, so a check of the signed-in user's privilege vouches for
 * the pick. A tenant or plan pick needs more than the caller's role.
 */
const IDENTITY_KEY =
  /^(?:(?:effective|acting|impersonated|viewas|current|active|target)?(?:user|account)(?:id)?|uid|actingas|viewas|impersonat\w*)$/;

export function isIdentityKey(key: string): boolean {
  return IDENTITY_KEY.test(key.replace(/[-_]/g, "").toLowerCase());
}
