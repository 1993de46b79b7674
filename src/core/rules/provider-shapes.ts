/**
 * The documented shapes of every credential some providers issue, for keys that name the provider
 * (`meraki_token`, `plaid secret`): a value outside them is not that provider's credential (a
 * hex key one character short, or with a letter past `f`, is a typo, a mangled copy or a made-up
 * test value), so a rule reading the credential from the key's name alone does not report it.
 * Only providers whose every secret has a fixed, documented shape are listed; identifiers (client
 * ids, public keys) are left out on purpose, as they are never reported alone.
 */
const SHAPES: ReadonlyMap<string, RegExp> = new Map([
  // Cisco Meraki Dashboard API keys: 40 lower-case hex digits.
  ['meraki', /^[0-9a-f]{40}$/],
  // Poloniex: API keys are four groups of 8 upper-case letters and digits; secrets 128 hex digits.
  ['poloniex', /^(?:[0-9A-Z]{8}(?:-[0-9A-Z]{8}){3}|[0-9a-f]{128})$/],
  // Braintree: the private key is 32 hex digits; access tokens `access_token$<environment>$<merchant>$<32 hex>`.
  ['braintree', /^(?:[0-9a-f]{32}|access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})$/],
]);

/**
 * Jira's tokens: a Cloud API token (`ATATT3` and about 186 more characters), a Cloud token of the
 * older kind (24 letters and digits), or a Data Center personal access token: 44 base64 characters
 * of `<numeric id>:<random bytes>`. A key naming Jira may also hold a Server user's password,
 * which has no shape: keys naming a password are not judged.
 */
function isJiraToken(value: string): boolean {
  if (/^ATATT3[A-Za-z0-9_=-]{150,250}$/.test(value) || /^[A-Za-z0-9]{24}$/.test(value)) return true;
  if (!/^[A-Za-z0-9+/]{44}$/.test(value)) return false;
  return /^\d{6,20}:/.test(Buffer.from(value, 'base64').toString('latin1'));
}
/**
 * Mapbox's access tokens: `pk.` (public), `sk.` (secret) or `tk.` (temporary), then two parts
 * between dots (base64url JSON naming the user, and the token's own part). A key naming Mapbox
 * may also hold a password.
 */
const isMapboxToken = (value: string): boolean => /^[pst]k\.[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{10,64}$/.test(value);
const TOKEN_SHAPES: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['jira', isJiraToken],
  ['atlassian', isJiraToken],
  ['mapbox', isMapboxToken],
]);

/**
 * False when `provider` issues credentials of documented shapes only and `value` has none of them.
 * `key` is the key that names the provider (a password under it is judged by no shape).
 */
export function fitsProviderShape(provider: string, value: string, key = ''): boolean {
  const shape = SHAPES.get(provider);
  if (shape) return shape.test(value);
  const token = TOKEN_SHAPES.get(provider);
  return token === undefined || /pass|pwd/i.test(key) || token(value);
}
