import { describe, expect, it } from '@jest/globals';
import { resolveConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { ALNUM, p, randomChars } from '../helpers/tokens/random.js';
import { githubTokens } from '../helpers/tokens/github.js';
import { googleTokens } from '../helpers/tokens/google.js';

const scan = (path: string, text: string) => new Engine(resolveConfig(undefined)).scan({ path, text });
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('encoded secrets', () => {
  it('finds tokens and database URLs in a Kubernetes Secret, at the encoded value', async () => {
    const pat = githubTokens.githubPat('k8s');
    const dbUrl = p('postgres://app:', randomChars(ALNUM, 20, 'k8s-pw'), '@db.internal:5432/app');
    const yaml = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  GITHUB_TOKEN: ${b64(pat)}\n  DATABASE_URL: ${b64(dbUrl)}\n`;
    const { findings } = await scan('k8s/secret.yaml', yaml);
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['github-pat', 6, 17],
      ['database-url-password', 7, 17],
    ]);
    expect(findings[0]!.message).toContain('base64-encoded');
    expect(findings[0]!.secret).not.toContain(pat.slice(4, -4));
  });

  it('finds a registry token inside a docker config auth entry', async () => {
    const pat = githubTokens.githubPat('docker');
    const json = JSON.stringify({ auths: { 'ghcr.io': { auth: b64(`octocat:${pat}`) } } }, null, 2);
    const { findings } = await scan('.docker/config.json', json);
    expect(findings.map((f) => f.ruleId)).toEqual(['github-pat']);
  });

  it('finds a percent-encoded token in a URL', async () => {
    const key = googleTokens.googleApiKey('pct').replace(/_/g, '%5F').replace(/-/g, '%2D');
    const { findings } = await scan('src/client.js', `fetch("https://maps.example.dev/api?k=${key}%26x")`);
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['google-api-key', 'Google API key found (percent-encoded)'],
    ]);
  });

  it('leaves base64 images and binary data alone, and base64 in code files', async () => {
    const png = Buffer.from(Array.from({ length: 120 }, (_, i) => (i * 37) % 256)).toString('base64');
    expect((await scan('assets.json', `{"icon": "data:image/png;base64,${png}"}`)).findings).toEqual([]);
    const pat = githubTokens.githubPat('code');
    expect((await scan('src/a.ts', `const x = atob("${b64(pat)}");`)).findings).toEqual([]);
  });
});
