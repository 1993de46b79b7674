import { describe, expect, it } from '@jest/globals';
import { ALNUM, DIGITS, URLSAFE, p, randomChars } from '../../helpers/tokens/random.js';
import { atlassianTokens } from '../../helpers/tokens/atlassian.js';
import { expectFound, expectNotFound, ruleIds } from './harness.js';
import { expectIn, expectKeyed, expectNoProviderFinding } from './keyed-harness.js';

describe('atlassian rules', () => {
  it.each([
    ['user token (ATATT3)', atlassianTokens.atlassianToken('user')],
    ['admin token (ATCTT3)', atlassianTokens.atlassianToken('admin', 'C')],
  ])('atlassian-api-token: %s found in JSON, env and code', async (_kind, t) => {
    await expectFound('atlassian-api-token', t);
  });

  it('found as the password of a Jira basic-auth pair in an MCP config', async () => {
    const t = atlassianTokens.atlassianToken('mcp');
    const config = JSON.stringify({
      mcpServers: { jira: { env: { JIRA_USERNAME: 'dev@acme.dev', JIRA_API_TOKEN: t } } },
    });
    expect(await ruleIds(config, 'claude_desktop_config.json')).toContain('atlassian-api-token');
  });

  it('near misses: short bodies, no checksum tail, non-hex tail, longer words', async () => {
    const tail = '=0A1B2C3D';
    await expectNotFound(
      p('ATA', 'TT3', randomChars(URLSAFE, 40, 'short'), tail),
      p('ATA', 'TT3', randomChars(URLSAFE, 180, 'noTail')),
      p('ATA', 'TT3', randomChars(URLSAFE, 180, 'badTail'), '=XYZXYZXY'),
      p('ATA', 'TT3', randomChars(URLSAFE, 180, 'shortTail'), '=0A1B2C3'),
      p('XATA', 'TT3', randomChars(URLSAFE, 180, 'prefixed'), tail),
      p('ATA', 'TT3', 'x'.repeat(180), tail),
    );
  });
});

describe('atlassian tokens without a checksum tail, and legacy tokens', () => {
  it('atlassian-api-token: a 192-character ATATT3 token', async () => {
    await expectFound('atlassian-api-token', atlassianTokens.atlassianToken192());
  });

  it.each(['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN', 'ATLASSIAN_API_TOKEN'])(
    'atlassian-api-token-legacy: 24 characters under %s',
    async (key) => {
      await expectKeyed('atlassian-api-token-legacy', key, atlassianTokens.atlassianLegacyToken(key));
    },
  );

  it('near misses: one character short, no digit, a key that is not a credential', async () => {
    const legacy = atlassianTokens.atlassianLegacyToken('nm');
    await expectNoProviderFinding(
      p('AT', 'ATT3', randomChars(URLSAFE, 185, 'short')),
      `JIRA_API_TOKEN=${legacy.slice(1)}`,
      `JIRA_API_TOKEN=${randomChars('abcdefghijklmnopqrstuvwxyz', 24, 'letters')}`,
      `JIRA_PROJECT_KEY=${legacy}`,
    );
  });
});

describe('atlassian-data-center-pat', () => {
  it('found beside Jira or Confluence, under any key or none', async () => {
    const pat = atlassianTokens.dataCenterPat();
    await expectKeyed('atlassian-data-center-pat', 'JIRA_PAT', pat);
    await expectIn('atlassian-data-center-pat', `# confluence bearer token: ${pat}\n`, pat);
    await expectIn(
      'atlassian-data-center-pat',
      `curl -H "Authorization: Bearer ${pat}" https://jira.acme.internal/rest/api/2/myself`,
      pat,
    );
  });

  it('near misses: no product named, padding, not digits before the colon, no colon, a repeated tail', async () => {
    const pat = atlassianTokens.dataCenterPat('nm');
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    await expectNoProviderFinding(
      `SESSION=${pat}`,
      `JIRA_PAT=${pat}=`,
      `JIRA_PAT=${b64(p('1a', randomChars(DIGITS, 10, 'nd'), ':', randomChars(ALNUM, 20, 'nd2')))}`,
      `JIRA_PAT=${b64(p(randomChars(DIGITS, 12, 'nc'), randomChars(ALNUM, 21, 'nc2')))}`,
      `JIRA_PAT=${b64(p(randomChars(DIGITS, 12, 'nr'), ':', 'A'.repeat(20)))}`,
    );
  });
});
