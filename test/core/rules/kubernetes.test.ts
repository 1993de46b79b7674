import { describe, expect, it } from '@jest/globals';
import { secretManifest, secretValue, zeroLedValue } from '../../helpers/tokens/kubernetes.js';
import { expectNotFound, ruleIds } from './harness.js';

const scan = async (text: string, path = 'secret.yaml') => ruleIds(text, path);

describe('kubernetes-secret-data', () => {
  it('reports each data value of a Secret manifest, once, at the value', async () => {
    const password = secretValue('pw');
    const apiKey = secretValue('key', 33);
    const text = secretManifest({ password, 'api-key': apiKey });
    expect(await scan(text)).toEqual(['kubernetes-secret-data', 'kubernetes-secret-data']);
  });

  it('reads quoted kinds, data before kind, comments, tabs and block scalars', async () => {
    const v = secretValue('block', 48);
    expect(await scan(`apiVersion: "v1"\ndata:\n\t# the login\n\textra: "${v}"\nkind: "secret"\n`)).toEqual([
      'kubernetes-secret-data',
    ]);
    expect(await scan(`apiVersion: v1\nkind: Secret\ndata:\n  .dockercfg: |\n    ${v}\n`)).toEqual([
      'kubernetes-secret-data',
    ]);
    expect(await scan(`kind: ConfigMap\n---\napiVersion: v1\nkind: Secret\ndata:\n  token: ${v}\n`)).toEqual([
      'kubernetes-secret-data',
    ]);
  });

  it('leaves other kinds, other documents, short or templated values and other keys alone', async () => {
    const v = secretValue('near');
    await expectNotFound(
      secretManifest({ settings: v }, 'ConfigMap'),
      secretManifest({ settings: v }, 'ExternalSecret'),
      secretManifest({ settings: v }, 'SealedSecret'),
      secretManifest({ password: 'c2hvcnQ=' }),
      secretManifest({ password: '{{ .Values.password | b64enc }}' }),
      secretManifest({ password: '""' }),
      `kind: ConfigMap\ndata:\n  settings: ${v}\n---\nkind: Secret\nmetadata:\n  name: x\n`,
      `kind: Secret\nmetadata:\n  annotations:\n    checksum: ${v}\n`,
      `kind: Secret\nstringData:\n  note: ${v}\n`,
    );
  });
});

describe('kubernetes-secret-data: binary values', () => {
  it('a value opening with zero bytes (a run of A in base64) is data, not a placeholder; tab indents too', async () => {
    const v = zeroLedValue('zeros');
    expect(v.startsWith('AAAAAAAAAA')).toBe(true);
    expect(await scan(secretManifest({ password: v }))).toEqual(['kubernetes-secret-data']);
    expect(await scan(`apiVersion: v1\nkind: Secret\ndata:\n\tpassword: ${v}\n`)).toEqual(['kubernetes-secret-data']);
  });

  it('zero bytes alone, or a placeholder once they are set aside, are not', async () => {
    await expectNotFound(
      secretManifest({ password: 'A'.repeat(40) }),
      secretManifest({ password: `${'A'.repeat(12)}${'x'.repeat(24)}` }),
      secretManifest({ password: `${'A'.repeat(30)}Zm9v` }),
    );
  });
});
