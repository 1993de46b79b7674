/** Test token generators for the rules in src/core/rules/key-files.ts (see ./random.ts). */
import { BASE64, BECH32_UPPER, hex, p, randomBytes, randomChars } from './random.js';

/** Base64 in PEM lines of 64 characters. */
const pemLines = (der: Buffer): string[] => der.toString('base64').match(/.{1,64}/g) ?? [];

export const keyFilesTokens = {
  /**
   * An armored OpenPGP secret key: a secret-key packet header (old format, tag 5: 0x95, a two-byte
   * length), version 4 and random key material, a CRC-24 line stand-in, optional armor headers.
   */
  pgpPrivateKeyBlock: (seed = 'pgp', size = 45, headers: readonly string[] = []) =>
    [
      p('-----BEGIN PGP PRIVATE', ' KEY BLOCK-----'),
      ...headers,
      '',
      ...pemLines(Buffer.concat([Buffer.from([0x95, 0x05, 0x86, 0x04]), randomBytes(size, seed)])),
      p('=', randomChars(BASE64, 4, `${seed}crc`)),
      p('-----END PGP PRIVATE', ' KEY BLOCK-----'),
      '',
    ].join('\n'),
  /**
   * Bytes shaped like a PKCS#12 file: a DER SEQUENCE header, version 3, then random content (what a
   * scanner sees of one is binary; the content is never parsed).
   */
  pkcs12File: (seed = 'p12', size = 2400) =>
    Buffer.concat([
      Buffer.from([0x30, 0x82, (size >> 8) & 0xff, size & 0xff, 0x02, 0x01, 0x03, 0x30, 0x82]),
      randomBytes(size, seed),
    ]),
  /** SEC1 DER of a P-256 key (as Coinbase CDP issues): fixed ASN.1 framing around seeded key bytes. */
  ecP256Pem: (seed = 'ec') =>
    [
      p('-----BEGIN EC PRIVATE', ' KEY-----'),
      ...pemLines(
        Buffer.concat([
          Buffer.from('30770201010420', 'hex'),
          randomBytes(32, seed),
          Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'),
          Buffer.from([4]),
          randomBytes(64, `${seed}pub`),
        ]),
      ),
      p('-----END EC PRIVATE', ' KEY-----'),
    ].join('\n'),
  /** PKCS#8 DER of an Ed25519 key: 48 bytes, 64 base64 characters. */
  ed25519Pem: (seed = 'ed') =>
    [
      p('-----BEGIN PRIVATE', ' KEY-----'),
      ...pemLines(Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), randomBytes(32, seed)])),
      p('-----END PRIVATE', ' KEY-----'),
    ].join('\n'),
  ageSecretKey: (seed = 'age') => p('AGE-SECRET', '-KEY-1', randomChars(BECH32_UPPER, 58, seed)),
  puttyPrivateLines: (seed = 'putty') => [randomChars(BASE64, 64, seed), randomChars(BASE64, 24, `${seed}b`) + '=='],
  puttyKeyFile: (privateLines: readonly string[], seed = 'putty') =>
    [
      p('PuTTY-User-Key', '-File-3: ssh-ed25519'),
      'Encryption: none',
      'Comment: ed25519-key-20240501',
      'Public-Lines: 2',
      randomChars(BASE64, 64, `${seed}p`),
      randomChars(BASE64, 4, `${seed}q`),
      `Private-Lines: ${privateLines.length}`,
      ...privateLines,
      `Private-MAC: ${hex(64, `${seed}m`)}`,
      '',
    ].join('\n'),
};
