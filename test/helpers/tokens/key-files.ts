/** Test token generators for the rules in src/core/rules/key-files.ts (see ./random.ts). */
import { BASE64, BECH32_UPPER, hex, p, randomChars } from './random.js';

export const keyFilesTokens = {
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
