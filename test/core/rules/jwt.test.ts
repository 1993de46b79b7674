import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { b64url, randomChars, URLSAFE } from '../../helpers/tokens/random.js';
import { jwtTokens, signedJwt } from '../../helpers/tokens/jwt.js';
import { expectFound, expectNotFound } from './harness.js';

const engine = new Engine(resolveConfig(undefined));
const NOW = Math.floor(Date.now() / 1000);

async function findingsOf(text: string) {
  return (await engine.scan({ path: 'f.txt', text })).findings.map((f) => [f.ruleId, f.severity, f.message]);
}

describe('jwt-service-credential', () => {
  it.each([
    ['an n8n API key', jwtTokens.n8nApiKey()],
    ['a token without expiry', jwtTokens.noExpiry()],
    ['a token valid for five years', jwtTokens.longLived('five', 5)],
    ['a legacy Kubernetes service account token', jwtTokens.kubernetesLegacy()],
  ])('%s: found in JSON, env and code', async (_what, t) => {
    await expectFound('jwt-service-credential', t);
  });

  it('says why in the message, with the severity the claims warrant', async () => {
    expect(await findingsOf(`N8N_API_KEY=${jwtTokens.n8nApiKey('msg')}`)).toEqual([
      ['jwt-service-credential', 'error', 'Long-lived service JWT found (n8n API key, no expiry)'],
    ]);
    expect(await findingsOf(`token: ${jwtTokens.longLived('msg', 5)}`)).toEqual([
      ['jwt-service-credential', 'warning', 'Long-lived service JWT found (valid for 5 years)'],
    ]);
    expect(await findingsOf(`token: ${jwtTokens.noExpiry('admin', { role: 'admin' })}`)).toEqual([
      ['jwt-service-credential', 'error', 'Long-lived service JWT found (privileged role, no expiry)'],
    ]);
    expect(await findingsOf(`kubeToken: ${jwtTokens.kubernetesLegacy('msg')}`)).toEqual([
      ['jwt-service-credential', 'error', 'Long-lived service JWT found (Kubernetes service account token, no expiry)'],
    ]);
  });

  it('leaves alone session tokens, examples, unsigned tokens and text that only looks like a JWT', async () => {
    const hs256 = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const sig = randomChars(URLSAFE, 43, 'garbage-sig');
    await expectNotFound(
      // Short-lived: an hour, a week; an expired ten-year token.
      `const session = "${jwtTokens.session('hour', 3600)}";`,
      `const session = "${jwtTokens.session('week', 7 * 24 * 3600)}";`,
      `const t = '${signedJwt({ sub: 'svc', iat: NOW - 11 * 365 * 86400, exp: NOW - 365 * 86400 }, 'expired')}';`,
      // An n8n key with an expiry of a week.
      `const t = '${signedJwt({ sub: 'u1', iss: 'n8n', aud: 'public-api', iat: NOW, exp: NOW + 7 * 86400 }, 'n8n-week')}';`,
      // jwt.io's example claims, and a copy that keeps its subject and date (as auth fixtures do).
      `const t = '${signedJwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, 'jwtio')}';`,
      `const t = '${signedJwt({ sub: '1234567890', scp: 'Actions.Results:abc', iat: 1516239022 }, 'jwtio-2')}';`,
      // A stand-in identity.
      `const t = '${signedJwt({ iss: 'https://example.com', sub: 'user' }, 'example-iss')}';`,
      // Signed content that grants nothing: no subject, issuer, audience or scope; a bundle manifest.
      `const t = '${signedJwt({ confidence: 0.8, labels: ['a', 'b'] }, 'no-grant')}';`,
      `const t = '${signedJwt({ files: [{ name: '.manifest', hash: 'c2131544c716a25a', algorithm: 'SHA256' }], iss: 'acme', scope: 'write' }, 'bundle')}';`,
      // alg none, a signature of the wrong size, a made-up signature.
      `const t = '${signedJwt({ sub: 'svc-a1b2' }, 'none', { alg: 'none', typ: 'JWT' })}';`,
      `const t = '${hs256}.${b64url(JSON.stringify({ sub: 'svc-a1b2' }))}.${sig.slice(0, 20)}';`,
      `const t = '${hs256}.${b64url(JSON.stringify({ sub: 'svc-a1b2' }))}.${'x'.repeat(43)}';`,
      // Header or claims that do not decode to JSON objects.
      `const t = '${hs256}.eyJ${randomChars(URLSAFE, 40, 'garbage')}.${sig}';`,
      `const t = 'eyJ${randomChars(URLSAFE, 30, 'garbage-h')}.${b64url(JSON.stringify({ sub: 'svc-a1b2' }))}.${sig}';`,
      `const t = '${hs256}.${b64url(JSON.stringify({ sub: 'svc-a1b2' })).slice(0, -3)}.${sig}';`,
    );
  });
});

describe('supabase-service-role-key', () => {
  it('found in JSON, env and code, once, with the reason', async () => {
    const key = jwtTokens.supabaseKey();
    await expectFound('supabase-service-role-key', key);
    expect(await findingsOf(`SUPABASE_SERVICE_ROLE_KEY=${key}`)).toEqual([
      [
        'supabase-service-role-key',
        'error',
        'Supabase service_role key found (role service_role bypasses row-level security, valid for 10 years)',
      ],
    ]);
  });

  it('leaves alone anon keys, the local demo keys and short-lived service tokens', async () => {
    await expectNotFound(
      `SUPABASE_ANON_KEY=${jwtTokens.supabaseKey('anon', 'anon')}`,
      `SUPABASE_SERVICE_ROLE_KEY=${jwtTokens.supabaseKey('demo', 'service_role', 'supabase-demo')}`,
      `SERVICE_KEY=${signedJwt({ role: 'service_role', iss: 'supabase', iat: NOW, exp: NOW + 43200 }, 'twelve-hours')}`,
    );
  });
});
