/**
 * Private keys in formats the preset's PEM rule does not read: age identities and PuTTY key files.
 * (OpenSSH `-----BEGIN OPENSSH PRIVATE KEY-----` blocks are the preset's.)
 */
import type { RuleFamily } from './define.js';

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
