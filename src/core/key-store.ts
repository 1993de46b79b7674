/**
 * PKCS#12 key stores (`.p12`, `.pfx`): a certificate's private key, bundled. Committing one is the
 * leak, whatever password guards it, and a text scan has nothing to read in it: sources hand the
 * engine a one-line stand-in instead of the bytes (the digest of the content, so two versions are
 * told apart and one version is reported once), and the `pkcs12-file` rule reports that line.
 */

/** A key store by its name: gitleaks' and the PKCS#12 extensions, any case. */
export const KEY_STORE_PATH = /(?:^|\/)[^/]+\.p(?:12|fx)$/i;

/** What the stand-in line starts with; the rule's keyword. */
export const KEY_STORE_STAND_IN = 'PKCS#12 key store, content sha256 ';

/** The stand-in for a key store whose content has this SHA-256 (hex). */
export function keyStoreStandIn(sha256Hex: string): string {
  return `${KEY_STORE_STAND_IN}${sha256Hex}\n`;
}
