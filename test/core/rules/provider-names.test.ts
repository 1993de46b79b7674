import { describe, expect, it } from '@jest/globals';
import { providerNamed } from '../../../src/core/rules/provider-named.js';
import {
  EMBEDDED_NAMES,
  PREFIXED_PROVIDERS,
  PROVIDER_NAMES,
  providerOfKey,
} from '../../../src/core/rules/provider-names.js';

describe('provider names', () => {
  it('are lower-case words of letters and digits, none a common word of code', () => {
    for (const name of PROVIDER_NAMES) expect([name, /^[a-z][a-z0-9]{2,}$/.test(name)]).toEqual([name, true]);
    for (const word of ['box', 'float', 'host', 'user', 'square', 'segment', 'column', 'abstract', 'front', 'key'])
      expect([word, PROVIDER_NAMES.has(word)]).toEqual([word, false]);
  });

  it('the names that half a code base mentions still name keys, but do not gate the rule', () => {
    const gate = new Set(providerNamed.rules[0]!.keywords);
    for (const name of PREFIXED_PROVIDERS) {
      expect([name, PROVIDER_NAMES.has(name), gate.has(name)]).toEqual([name, true, false]);
    }
    // Substrings of common words would let most files through (`toggle`, `debounce`).
    for (const word of ['toggl', 'debounce', 'etsy']) expect([word, gate.has(word)]).toEqual([word, false]);
    expect(providerOfKey('GITHUB_APP_KEY')).toEqual({ provider: 'github', bare: false });
  });

  it('names hidden inside common identifiers do not gate the rule, and still name a key', () => {
    const gate = new Set(providerNamed.rules[0]!.keywords);
    for (const [name, word] of EMBEDDED_NAMES) {
      expect([name, PROVIDER_NAMES.has(name), gate.has(name), word.includes(name), word !== name]).toEqual([
        name,
        true,
        false,
        true,
        true,
      ]);
    }
    expect(providerOfKey('FIGMA_TOKEN')).toEqual({ provider: 'figma', bare: false });
  });

  it.each([
    ['CENSYS_KEY', 'censys', false],
    ['censys_api_key', 'censys', false],
    ['apiMaticKey', 'apimatic', false],
    ['X-Cloudmersive-Key', 'cloudmersive', false],
    ['cloudmersive', 'cloudmersive', true],
    ['sumologicKey2', 'sumologic', false],
    ['captaindata_api_key1', 'captaindata', false],
    ['app.censys_token', 'censys', false],
    ['iexapis token', 'iexapis', false],
    ['calendly_auth_token', 'calendly', false],
  ])('%s names %s', (key, provider, bare) => {
    expect(providerOfKey(key)).toEqual({ provider, bare });
  });

  it.each([
    'CENSYS_ID',
    'censys_url',
    'censys_key_id',
    'censys_email',
    'monkey_key',
    'my_app_service_censys_key',
    'KEY',
  ])('%s names no provider credential', (key) => {
    expect(providerOfKey(key)).toBeUndefined();
  });
});
