import { describe, expect, it } from '@jest/globals';
import { BASE64, BECH32_UPPER, hex, p, randomBytes, randomChars } from '../../helpers/tokens/random.js';
import { keyFilesTokens } from '../../helpers/tokens/key-files.js';
import { expectFound } from './harness.js';
import { expectNoProviderFinding, found } from './keyed-harness.js';

describe('key file rules', () => {
  it('age-secret-key: found in JSON, .env and code', async () => {
    await expectFound('age-secret-key', keyFilesTokens.ageSecretKey());
  });

  it('age-secret-key in a key file', async () => {
    const k = keyFilesTokens.ageSecretKey('file');
    const text = `# created: 2024-05-01T10:00:00Z\n# public key: age1${randomChars(BECH32_UPPER, 58, 'pub').toLowerCase()}\n${k}\n`;
    expect(await found(text)).toEqual([['age-secret-key', 1]]);
  });

  it('putty-private-key: the private lines of a .ppk file', async () => {
    const lines = keyFilesTokens.puttyPrivateLines();
    const text = keyFilesTokens.puttyKeyFile(lines);
    const { findings } = await import('../../../src/core/engine.js').then(async ({ Engine }) => {
      const { resolveConfig } = await import('../../../src/core/config.js');
      return new Engine(resolveConfig(undefined)).scan({ path: 'id.ppk', text });
    });
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.endLine])).toEqual([['putty-private-key', 8, 1, 9]]);
    const crlf = text.replace(/\n/g, '\r\n');
    expect((await found(crlf)).map(([id]) => id)).toEqual(['putty-private-key']);
  });

  it('OpenSSH private keys are left to the preset (reported as private-key)', async () => {
    const raw = Buffer.concat([Buffer.from('openssh-key-v1\0'), randomBytes(240, 'ossh')]).toString('base64');
    const body = raw.match(/.{1,70}/g) ?? [];
    const pem = [
      p('-----BEGIN OPENSSH PRIVATE', ' KEY-----'),
      ...body,
      p('-----END OPENSSH PRIVATE', ' KEY-----'),
      '',
    ].join('\n');
    expect((await found(pem)).map(([id]) => id)).toEqual(['private-key']);
  });

  it('near misses: public keys, truncated key files, placeholders', async () => {
    await expectNoProviderFinding(
      p('AGE-SECRET', '-KEY-1', randomChars(BECH32_UPPER, 40, 'n1')),
      p('AGE-SECRET', '-KEY-1', 'X'.repeat(58)),
      p('AGE-SECRET', '-KEY-1', randomChars(BECH32_UPPER, 58, 'n2').toLowerCase().replace(/[a-z]/g, 'b')),
      `age1${randomChars(BECH32_UPPER, 58, 'n3').toLowerCase()}`,
      p('PuTTY-User-Key', '-File-3: ssh-ed25519\nEncryption: none\nComment: k\nPublic-Lines: 2\n'),
      keyFilesTokens.puttyKeyFile(['<private key here>']),
    );
  });

  it('ec-private-key: EC P-256 and Ed25519 PEM blocks, raw and JSON-escaped', async () => {
    for (const key of [keyFilesTokens.ecP256Pem(), keyFilesTokens.ed25519Pem()]) {
      await expectFound('ec-private-key', key);
      const escaped = JSON.stringify(key).slice(1, -1);
      const text = `{"name": "organizations/${hex(8, 'o')}/apiKeys/${hex(8, 'k')}", "privateKey": "${escaped}\\n"}`;
      expect(await found(text)).toEqual([['ec-private-key', text.indexOf(escaped) + 1]]);
    }
  });

  it('ec-private-key: a SEC 1 block labelled ECDSA, JSON-escaped', async () => {
    const key = keyFilesTokens.ecP256Pem('ecdsa').replace(/ EC PRIVATE/g, ' ECDSA PRIVATE');
    const escaped = JSON.stringify(key).slice(1, -1);
    const text = `{"privateKey": "${escaped}\\n"}`;
    expect(await found(text)).toEqual([['ec-private-key', text.indexOf(escaped) + 1]]);
  });

  it('ec-private-key in a YAML block scalar', async () => {
    const key = keyFilesTokens.ecP256Pem('yaml');
    const text = `coinbase:\n  private_key: |\n${key
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\n`;
    expect(await found(text)).toEqual([['ec-private-key', 5]]);
  });

  it('ec-private-key leaves public keys, placeholders and the preset-sized keys alone', async () => {
    const ec = keyFilesTokens.ecP256Pem('n');
    await expectNoProviderFinding(
      ec.replace(/PRIVATE/g, 'PUBLIC'),
      p(
        '-----BEGIN EC PRIVATE',
        ' KEY-----\n',
        '...',
        randomChars('abcdefghijklmnopqrstuvwxyz', 60, 'n1'),
        '\n-----END EC PRIVATE',
        ' KEY-----',
      ),
      p(
        '-----BEGIN EC PRIVATE',
        ' KEY-----\n',
        'MHcCAQEEI',
        randomChars(BASE64, 10, 'n2'),
        '\n-----END EC PRIVATE',
        ' KEY-----',
      ),
    );
    // An RSA-sized body is the preset's private-key finding, not a second one.
    const rsa = p(
      '-----BEGIN PRIVATE',
      ' KEY-----\nMIIE',
      randomChars(BASE64, 60, 'r'),
      '\n',
      randomChars(BASE64, 64, 'r2'),
      '\n-----END PRIVATE',
      ' KEY-----',
    );
    expect((await found(rsa)).map(([id]) => id)).toEqual(['private-key']);
  });
});

describe('pgp-private-key', () => {
  it('a short armored secret key, and a long one (the preset reads ASN.1 and OpenSSH bodies only)', async () => {
    expect((await found(keyFilesTokens.pgpPrivateKeyBlock('short'))).map(([id]) => id)).toEqual(['pgp-private-key']);
    expect((await found(keyFilesTokens.pgpPrivateKeyBlock('long', 2400))).map(([id]) => id)).toEqual([
      'pgp-private-key',
    ]);
  });

  it('a block with armor headers, which the preset does not read', async () => {
    const block = keyFilesTokens.pgpPrivateKeyBlock('hdr', 400, ['Version: GnuPG v2', 'Comment: backup']);
    expect((await found(block)).map(([id]) => id)).toEqual(['pgp-private-key']);
  });

  it('near misses: a public key packet under the private header, a cut block, a stub', async () => {
    const block = keyFilesTokens.pgpPrivateKeyBlock('pub');
    const lines = block.split('\n');
    // Tag 6 (public key) instead of 5: 0x99 reads `mQ` in base64.
    lines[2] = `mQ${lines[2]!.slice(2)}`;
    expect(await found(lines.join('\n'))).toEqual([]);
    expect(await found(block.split('\n').slice(0, 4).join('\n'))).toEqual([]);
    expect(
      await found(p('-----BEGIN PGP PRIVATE', ' KEY BLOCK-----\n\n...\n-----END PGP PRIVATE', ' KEY BLOCK-----\n')),
    ).toEqual([]);
  });
});
