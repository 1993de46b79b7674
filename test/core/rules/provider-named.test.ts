import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { providerNamedTokens as t } from '../../helpers/tokens/provider-named.js';
import { ALNUM, DIGITS, HEX, p, randomBytes, randomChars } from '../../helpers/tokens/random.js';
import { expectNotFound } from './harness.js';

const engine = new Engine(resolveConfig(undefined));
const ID = 'provider-named-credential';

/** The rule finds `value` in `text`, at its exact place, and nothing else is reported. */
async function expectAt(text: string, value: string): Promise<void> {
  const { findings } = await engine.scan({ path: 'f.txt', text });
  const start = text.indexOf(value);
  const line = text.slice(0, start).split('\n').length;
  const column = start - text.lastIndexOf('\n', start - 1);
  expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([[ID, line, column]]);
}

describe('provider-named-credential', () => {
  it.each([
    ['.env', (s: string) => `CENSYS_KEY=${s}\n`],
    ['YAML, the name alone as the key', (s: string) => `api:\n  cloudmersive: "${s}"\n`],
    ['Go', (s: string) => `apiMaticKey := "${s}"\n`],
    ['Go, typed', (s: string) => `const fastlyKey string = "${s}"\n`],
    ['JSON', (s: string) => `{"test_secrets": {"gengo_key": "${s}"}}\n`],
    ['prose, a blank in the key', (s: string) => `iexapis token = '${s}'\n`],
    ['prose, a dash', (s: string) => `shippo token - '${s}'\n`],
    ['prose, the name and a quoted value', (s: string) => `instamojo '${s}'\n`],
    ['a line of its own', (s: string) => `censys ${s}\n`],
    ['a header value', (s: string) => `calendly_auth_token: "Bearer ${s}"\n`],
  ])('finds a random value in %s', async (_n, make) => {
    const s = t.opaqueKey(_n);
    await expectAt(make(s), s);
  });

  it('takes a UUID or dashed groups under a provider-named key', async () => {
    const uuid = t.uuidKey('u');
    await expectAt(`zipcodebase token = '${uuid}'`, uuid);
    const dashed = t.dashedKey('d');
    await expectAt(`cloudmersive: "${dashed}"`, dashed);
  });

  it('leaves other keys, other things a provider has, and prose alone', async () => {
    const s = t.opaqueKey('neg');
    await expectNotFound(
      // No provider, or the provider's id, URL, user or e-mail.
      `FROBNICATOR_KEY=${s}`,
      `CENSYS_ID=${s}`,
      `censys_url: "https://search.censys.io/api/${s}"`,
      `censys_key_id = "${s}"`,
      // The name alone assigned with `=` names a variable (often the client), not a credential.
      `iconfinder = '${s}'`,
      // A word that is not a type between the name and `=` (`Using adobe User=...`).
      `adobe User="${s}"`,
      // Stand-ins and public values.
      `censys_test_key = "${s}"`,
      `CENSYS_PUBLIC_KEY=${s}`,
      // Prose: the value neither quoted nor on a line of its own.
      `the censys key ${s} expires`,
      // Not one base64 value: `=` inside or first; password punctuation.
      `censys_key = "=${s}"`,
      `censys_key = "${s.slice(0, 12)}=${s.slice(12)}"`,
      `censys_key = "${s.slice(0, 12)}%c^${s.slice(12)}"`,
      // base64's `+` beside base64url's `-` or `_`: no encoder writes both alphabets.
      `censys_key = "${s.slice(0, 12)}+${s.slice(12, 20)}-${s.slice(20)}"`,
      `censys_key = "${s.slice(0, 12)}_${s.slice(12, 20)}+${s.slice(20)}"`,
      // Words and identifiers.
      `censys_key: "censys_production_reader_key"`,
      `censys_key = "${randomChars(ALNUM, 8, 'short')}"`,
    );
  });

  it('reads a key that spells the name in parts as naming no provider, whatever else the file names', async () => {
    // The rule runs only around the names the keyword pass finds: `NEW_RELIC_API_KEY` holds none,
    // so another name elsewhere in the file (which lets the rule run) changes nothing for it: the
    // generic rule reports it.
    const s = t.opaqueKey('parts');
    const other = t.opaqueKey('other');
    const text = `NEWRELIC_KEY=${other}\n${'# notes\n'.repeat(40)}NEW_RELIC_API_KEY=${s}\n`;
    const { findings } = await engine.scan({ path: '.env', text });
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      [ID, 1],
      ['generic-credential-assignment', 42],
    ]);
  });

  it('a provider whose credentials have documented shapes: those shapes only, under its named key or a credential word', async () => {
    const meraki = randomChars(HEX, 40, 'meraki');
    await expectAt(`meraki_api_key: ${meraki}\n`, meraki);
    const braintree = randomChars(HEX, 32, 'braintree');
    await expectAt(`braintree_private_key = "${braintree}"\n`, braintree);
    const poloniex = randomChars(HEX, 128, 'poloniex');
    await expectAt(`poloniex secret - '${poloniex}'\n`, poloniex);
    await expectNotFound(
      // Hex one digit short or long, or with a capital or a letter past f: a typo or a made-up value.
      `meraki-api-key: ${meraki.slice(1)}`,
      `meraki_token = ${meraki}${randomChars(HEX, 24, 'meraki-long')}`,
      `meraki-api-key: ${meraki.slice(0, 10)}F${meraki.slice(11)}`,
      `MERAKI_API_KEY="${meraki.slice(0, 10)}q${meraki.slice(11)}"`,
      `braintree_private_key = "${braintree}${randomChars(ALNUM, 16, 'bt-more')}"`,
      `poloniex secret - '${poloniex.slice(0, 20)}Z${poloniex.slice(21)}'`,
    );
  });

  it("Jira's token shapes under a key naming Jira; a password under it is judged by none", async () => {
    // A Data Center personal access token: base64 of `<numeric id>:<random bytes>`, 44 characters.
    const pat = Buffer.concat([
      Buffer.from(`${randomChars(DIGITS, 12, 'jira-id')}:`),
      randomBytes(20, 'jira'),
    ]).toString('base64');
    // Its own rules find these shapes under a Jira key; the shapes keep everything else out.
    const found = await engine.scan({ path: 'f.txt', text: `jira_token: ${pat}\n` });
    expect(found.findings.map((f) => [f.ruleId, f.column])).toEqual([['atlassian-data-center-pat', 13]]);
    const legacy = randomChars(ALNUM, 24, 'jira-legacy');
    const old = await engine.scan({ path: 'f.txt', text: `JIRA_API_TOKEN=${legacy}\n` });
    expect(old.findings.map((f) => [f.ruleId, f.column])).toEqual([['atlassian-api-token-legacy', 16]]);
    const notDigits = Buffer.concat([Buffer.from('x'), randomBytes(32, 'jira-x')]).toString('base64');
    await expectNotFound(
      `jira_token: ${pat.slice(0, 40)}`,
      `jira_token: ${pat}${randomChars(ALNUM, 4, 'jira-more')}`,
      `jira_token: ${notDigits}`,
    );
    const password = randomChars(ALNUM, 30, 'jira-pw');
    expect((await engine.scan({ path: 'f.txt', text: `jira_password: ${password}\n` })).findings.length).toBe(1);
  });

  it("Mapbox's token shape under a key naming Mapbox; a password under it is judged by none", async () => {
    const json = Buffer.from(
      `{"u":"${randomChars('abcdefghijklmnopqrstuvwxyz', 8, 'mb-user')}","a":"${randomChars(ALNUM, 25, 'mb-a')}"}`,
    );
    const secret = p('sk', '.', json.toString('base64url'), '.', randomChars(`${ALNUM}_-`, 22, 'mb-sig'));
    const found = await engine.scan({ path: 'f.txt', text: `mapbox_key = '${secret}'\n` });
    expect(found.findings.map((f) => f.ruleId)).toEqual(['mapbox-secret-token']);
    // Dotted groups of three under the name: no Mapbox token has that shape.
    const dotted = Array.from({ length: 21 }, (_, i) => randomChars(ALNUM, 3, `mb-d${i}`)).join('.');
    await expectNotFound(`mapbox key = 'sk.${dotted}.='`, `MAPBOX_TOKEN=${randomChars(ALNUM, 40, 'mb-rand')}`);
    const password = randomChars(ALNUM, 30, 'mb-pw');
    expect((await engine.scan({ path: 'f.txt', text: `mapbox_password: ${password}\n` })).findings.length).toBe(1);
  });

  it('a provider rule wins on the same value', async () => {
    const key = ['AI', 'za', randomChars(`${ALNUM}_-`, 35, 'gk')].join('');
    const { findings } = await engine.scan({ path: 'f.txt', text: `censys_key = "${key}"` });
    expect(findings.map((f) => f.ruleId)).toEqual(['google-api-key']);
  });
});
