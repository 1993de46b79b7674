import { describe, expect, it } from '@jest/globals';
import { ALNUM, randomChars } from '../../helpers/tokens/random.js';
import { expectNotFound, ruleIds } from './harness.js';

const v = (seed: string, n = 28) => randomChars(`${ALNUM}_-`, n, `generic:${seed}`);

describe('generic-credential-assignment', () => {
  it.each([
    ['.env', (s: string) => `ACME_SECRET=${s}\n`],
    ['JSON', (s: string) => `{"client_secret": "${s}"}`],
    ['YAML', (s: string) => `db:\n  password: "${s}"\n`],
    ['Python', (s: string) => `API_KEY = '${s}'\n`],
    ['Go', (s: string) => `token := "${s}"\n`],
    ['properties', (s: string) => `db.password=${s}\n`],
    ['TypeScript', (s: string) => `const accessKey: string = \`${s}\`;\n`],
  ])('finds a random value in %s', async (_n, make) => {
    const s = v(_n);
    expect(await ruleIds(make(s))).toEqual(['generic-credential-assignment']);
  });

  it('leaves hashes, UUIDs, integrity strings, public keys, fixtures, code and references alone', async () => {
    await expectNotFound(
      `"integrity": "sha512-${randomChars(ALNUM, 40, 'i')}=="`,
      `token_hash = "${randomChars('0123456789abcdef', 64, 'h')}"`,
      `api_key_id = "${randomChars(ALNUM, 20, 'kid')}"`,
      'session_token = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"',
      `public_key = "${v('pub')}"`,
      `TEST_TOKEN = "${v('test')}"`,
      `token_url = "https://auth.acme.dev/oauth/token"`,
      `api_key_file = "/etc/acme/key.pem"`,
      'token = getAuthToken(request)',
      'password = os.environ["DB_PASSWORD"]',
      'secret: ${{ secrets.ACME_SECRET }}',
      'password: changeme-please-now',
      "password = 'correct-horse-battery'",
    );
  });

  it('a provider rule wins on the same value', async () => {
    const key = ['AI', 'za', randomChars(`${ALNUM}_-`, 35, 'gk')].join('');
    expect(await ruleIds(`API_KEY="${key}"`)).toEqual(['google-api-key']);
  });
});
