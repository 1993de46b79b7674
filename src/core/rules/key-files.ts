/**
 * Private keys in formats the preset's PEM rule does not read: age identities, PuTTY key files,
 * OpenPGP secret key blocks, and PEM keys too small for its size check (EC P-256 and secp256k1, Ed25519, X25519, Ed448: what
 * Coinbase CDP and many signing keys are), and PKCS#12 key store files, by their path. (RSA and
 * OpenSSH blocks are the preset's.)
 */
import { escapeRegExp } from '../regexp.js';
import { KEY_STORE_PATH, KEY_STORE_STAND_IN } from '../key-store.js';
import type { RuleFamily } from './define.js';
import { decodeBase64 } from './keyed.js';

/** PEM body without line breaks, indentation and JSON `\\n` escapes. */
const pemBody = (body: string): string => body.replace(/\\[rn]|\s/g, '');

/**
 * A DER key (base64 starting `M`: an ASN.1 SEQUENCE) that the preset does not already report (it
 * reports bodies of 100 characters or more starting `MI`).
 */
function isSmallDerKey(body: string): boolean {
  const b = pemBody(body);
  if (!/^M[A-Za-z0-9+/]+={0,2}$/.test(b) || (b.startsWith('MI') && b.length >= 100)) return false;
  return (decodeBase64(b)?.length ?? 0) >= 40;
}

/**
 * Whether an OpenPGP armored body starts with a secret-key packet (tag 5; tag 7 is a subkey's):
 * the first byte is an old-format (`10tttt..`) or new-format (`11tttttt`) packet header.
 */
function startsWithSecretKeyPacket(body: string): boolean {
  const head = pemBody(body).slice(0, 4);
  if (!/^[A-Za-z0-9+/]{4}$/.test(head)) return false;
  const b = Buffer.from(head, 'base64')[0]!;
  const tag = (b & 0xc0) === 0xc0 ? b & 0x3f : (b & 0xc0) === 0x80 ? (b >> 2) & 0x0f : -1;
  return tag === 5 || tag === 7;
}

/** bech32's alphabet, upper case as age writes secret keys. */
const BECH32 = '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]';

export const keyFiles: RuleFamily = {
  id: 'key-files',
  providers: {
    'private-key': {
      name: 'the key owner',
      revokeUrl: '',
      note: 'Treat the key pair as compromised: remove the public key everywhere it is trusted and issue a new pair.',
    },
  },
  rules: [
    {
      id: 'pkcs12-file',
      title: 'PKCS#12 key store file',
      provider: 'private-key',
      // The stand-in a source gives for a file named `.p12`/`.pfx` (src/core/key-store.ts): one
      // finding per file version, its secret the content's digest.
      keywords: [KEY_STORE_STAND_IN],
      paths: KEY_STORE_PATH,
      pattern: new RegExp(`^${escapeRegExp(KEY_STORE_STAND_IN)}(?<secret>[a-f0-9]{64})$`, 'm'),
      allowPlaceholders: true,
      minEntropy: 0,
      description:
        'A committed PKCS#12 key store (`.p12`, `.pfx`): a private key and its certificate, guarded by a password that is often empty, default, or committed beside it.',
      format: `${escapeRegExp(KEY_STORE_STAND_IN)}[a-f0-9]{64}`,
      samples: {
        found: [`${escapeRegExp(KEY_STORE_STAND_IN)}[a-f0-9]{64}`],
        notFound: [`${escapeRegExp(KEY_STORE_STAND_IN)}[a-f0-9]{32}`, `content sha256 [a-f0-9]{64}`],
        path: 'certs/client.p12',
      },
      peers: { gitleaks: ['pkcs12-file'] },
    },
    {
      id: 'age-secret-key',
      title: 'age secret key',
      provider: 'private-key',
      keywords: ['age-secret-key-1'],
      pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>AGE-SECRET-KEY-1${BECH32}{58})(?![A-Za-z0-9_-])`),
      minEntropy: 4,
      format: String.raw`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`,
      samples: {
        found: [String.raw`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`],
        notFound: [
          String.raw`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{29}`,
          String.raw`AGE-SECRET-KEY-1X{58}`,
        ],
      },
      peers: { gitleaks: ['age-secret-key'] },
    },
    {
      id: 'ec-private-key',
      title: 'EC or EdDSA private key',
      provider: 'private-key',
      keywords: ['private key-----'],
      // The whole PEM block, with its lines broken by newlines, indentation or JSON `\\n` escapes; some
      // tools label the SEC 1 block `ECDSA` instead of `EC` (the DER body decides either way).
      pattern:
        /-----BEGIN (?:EC(?:DSA)? )?PRIVATE KEY-----(?<body>[A-Za-z0-9+/=\s\\]{60,400})-----END (?:EC(?:DSA)? )?PRIVATE KEY-----/,
      validate: (_secret, m) => isSmallDerKey(m.groups?.['body'] ?? ''),
      minEntropy: 3.5,
      format: String.raw`-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI[A-Za-z0-9+/]{55}\n[A-Za-z0-9+/]{64}\n[A-Za-z0-9+/]{34}==\n-----END EC PRIVATE KEY-----`,
      samples: {
        found: [
          String.raw`-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI[A-Za-z0-9+/]{55}\n[A-Za-z0-9+/]{64}\n[A-Za-z0-9+/]{34}==\n-----END EC PRIVATE KEY-----`,
          String.raw`-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI[A-Za-z0-9+/]{43}\n-----END PRIVATE KEY-----`,
        ],
        notFound: [
          String.raw`-----BEGIN EC PRIVATE KEY-----\n\.\.\.[A-Za-z]{60}\n-----END EC PRIVATE KEY-----`,
          String.raw`-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI[A-Za-z0-9+/]{10}\n-----END EC PRIVATE KEY-----`,
          String.raw`-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE[A-Za-z0-9+/]{52}\n[A-Za-z0-9+/]{36}==\n-----END PUBLIC KEY-----`,
        ],
      },
      peers: { trufflehog: ['coinbase'] },
    },
    {
      id: 'pgp-private-key',
      title: 'OpenPGP private key block',
      provider: 'private-key',
      keywords: ['pgp private key block-----'],
      // An armored secret key: optional armor headers (`Version:`, `Comment:`), then a body that
      // opens with a secret-key packet. (The preset's PEM rule wants an ASN.1 or OpenSSH body, which
      // an OpenPGP one never is.)
      pattern:
        /-----BEGIN PGP PRIVATE KEY BLOCK-----\r?\n(?:[A-Za-z-]{1,20}: [^\r\n]{0,200}\r?\n){0,6}\s{0,4}(?<body>[A-Za-z0-9+/=\s\\]{40,20000}?)-----END PGP PRIVATE KEY BLOCK-----/,
      validate: (_secret, m) => startsWithSecretKeyPacket(m.groups?.['body'] ?? ''),
      minEntropy: 3.5,
      format: String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQ[A-Za-z0-9+/]{62}\n=[A-Za-z0-9+/]{4}\n-----END PGP PRIVATE KEY BLOCK-----`,
      samples: {
        found: [
          String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQ[A-Za-z0-9+/]{62}\n=[A-Za-z0-9+/]{4}\n-----END PGP PRIVATE KEY BLOCK-----`,
          String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nxc[A-Za-z0-9+/]{62}\n[A-Za-z0-9+/]{64}\n=[A-Za-z0-9+/]{4}\n-----END PGP PRIVATE KEY BLOCK-----`,
        ],
        notFound: [
          // A public key's packet, a body of dots, a cut block.
          String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nmQ[A-Za-z0-9+/]{62}\n=[A-Za-z0-9+/]{4}\n-----END PGP PRIVATE KEY BLOCK-----`,
          String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n\.\.\.\n-----END PGP PRIVATE KEY BLOCK-----`,
          String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQ[A-Za-z0-9+/]{62}\n`,
        ],
      },
      peers: { gitleaks: ['private-key'] },
    },
    {
      id: 'putty-private-key',
      title: 'PuTTY private key',
      provider: 'private-key',
      keywords: ['private-lines:'],
      // A .ppk file's `Private-Lines: N` line (a PuTTY-only field name) and the base64 block after it,
      // whole lines only. Keyed on that line rather than the file header: matching from the header
      // across the public lines cost 400 ms/MB on a text of repeated headers.
      pattern:
        /(?<![^\r\n])Private-Lines: \d{1,3}\r?\n(?<secret>[A-Za-z0-9+/=]{16,100}(?![^\r\n])(?:\r?\n[A-Za-z0-9+/=]{1,100}(?![^\r\n])){0,80})/,
      minEntropy: 4,
      format: String.raw`[A-Za-z0-9+/=]{16,100}(?:\r?\n[A-Za-z0-9+/=]{1,100}){0,80}`,
      samples: {
        found: [String.raw`Private-Lines: \d{1,3}\r?\n(?:[A-Za-z0-9+/=]{16,100}(?:\r?\n[A-Za-z0-9+/=]{1,100}){0,80})`],
        notFound: [
          String.raw`Private-Lines: \d{1,3}\r?\n(?:[A-Za-z0-9+/=]{8}(?:\r?\n[A-Za-z0-9+/=]{1,100}){0,80})`,
          String.raw`Private-Lines: \d{1,3}\r?\n(?:x{16}(?:\r?\n[A-Za-z0-9+/=]{1,100}){0,80})`,
        ],
      },
    },
  ],
};
