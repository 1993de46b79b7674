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

/** False when `provider` issues credentials of documented shapes only and `value` has none of them. */
export function fitsProviderShape(provider: string, value: string): boolean {
  const shape = SHAPES.get(provider);
  return shape === undefined || shape.test(value);
}
