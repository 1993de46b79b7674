// Recall and precision of this project's engine and of secretlint's recommended preset on the
// labelled corpus harvested from the rule tests (see run.mjs). Bundled by run.mjs with esbuild.
import { lintSource } from '@secretlint/core';
import { creator as presetCreator } from '@secretlint/secretlint-rule-preset-recommend';
import { readFileSync } from 'node:fs';
import { resolveConfig } from '../../src/core/config.js';
import { secretLintProfiler } from '@secretlint/profiler';
import { createEngine } from '../../src/runtime/create-engine.js';
import { ALNUM, randomChars } from '../../test/helpers/tokens/random.js';
import { awsTokens } from '../../test/helpers/tokens/aws.js';
import { githubTokens } from '../../test/helpers/tokens/github.js';

secretLintProfiler.setEnabled(false);

interface Entry {
  family: string;
  kind: 'tp' | 'fp';
  ruleId?: string;
  token?: string;
  key?: string;
  text?: string;
  providerOnly?: boolean;
}

const camel = (k: string): string => k.toLowerCase().replace(/[_-]([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** The contexts a true positive is planted in: config formats, code in four languages, Markdown, shell. */
function contexts(key: string, token: string): [path: string, text: string][] {
  return [
    ['config.json', `{\n  "${key}": "${token}"\n}\n`],
    ['config.yaml', `service:\n  ${key}: "${token}"\n`],
    ['config.toml', `[service]\n${key} = "${token}"\n`],
    ['.env', `${key}=${token}\n`],
    ['app.js', `const ${camel(key)} = "${token}";\n`],
    ['app.py', `${key} = "${token}"\n`],
    ['main.go', `${camel(key)} := "${token}"\n`],
    ['App.java', `private static final String ${key} = "${token}";\n`],
    ['README.md', `Set it:\n\n\`\`\`sh\nexport ${key}=${token}\n\`\`\`\n`],
  ];
}

const entries = readFileSync(process.argv[2]!, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Entry);
entries.push(...builtIn());

/**
 * Entries the bench adds itself: providers secretlint's preset also knows (so the side-by-side
 * has common ground), and real-world negatives: what credential-named code and config usually
 * hold instead of a secret (hashes, UUIDs, integrity strings, public keys, identifiers, paths,
 * documentation placeholders).
 */
function builtIn(): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < 20; i++) {
    out.push({
      family: 'preset-providers',
      kind: 'tp',
      ruleId: 'github-pat',
      token: githubTokens.githubPat(`acc-gh-${i}`),
    });
    out.push({
      family: 'preset-providers',
      kind: 'tp',
      ruleId: 'aws-access-key-id',
      token: awsTokens.awsAccessKeyId(`acc-aws-${i}`),
      key: 'AWS_ACCESS_KEY_ID',
    });
  }
  const hex = (n: number, seed: string): string => randomChars('0123456789abcdef', n, seed);
  const b64 = (n: number, seed: string): string => randomChars(`${ALNUM}+/`, n, seed);
  const uuid = (i: number): string =>
    [hex(8, `u${i}`), hex(4, `v${i}`), hex(4, `w${i}`), hex(4, `x${i}`), hex(12, `y${i}`)].join('-');
  const negatives: ((i: number) => string)[] = [
    (i) => `"integrity": "sha512-${b64(86, `int${i}`)}=="`,
    (i) => `commit_sha = "${hex(40, `sha${i}`)}"`,
    (i) => `"etag": "W/\\"${hex(32, `etag${i}`)}\\""`,
    (i) => `session_token_id = "${uuid(i)}"`,
    (i) => `public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43, `pk${i}`)} dev@laptop"`,
    (i) => `const currentToken${i} = scanner.reScanTemplateToken(isTagged);`,
    (i) => `if (node.keywordToken === ${100 + i}) return tokenCache.get(key${i});`,
    (i) => `password_file: /etc/app/secrets/db-password-${i}.txt`,
    (i) => `Authorization: Bearer <YOUR_TOKEN_${i}>`,
    (i) => `GITHUB_TOKEN=\${{ secrets.GITHUB_TOKEN_${i} }}`,
    (i) => `api_key = os.environ["ACME_API_KEY_${i}"]`,
    (i) => `"secretName": "prod-db-credentials-${i}"`,
    (i) => `TEST_API_KEY = "${b64(32, `test${i}`)}"`,
    (i) => `img.src = "data:image/png;base64,${b64(120, `img${i}`)}";`,
    (i) => `token_endpoint: https://auth.acme.dev/oauth2/v${i}/token`,
  ];
  for (let i = 0; i < 10; i++)
    for (const make of negatives) out.push({ family: 'real-world-negatives', kind: 'fp', text: make(i) });
  return out;
}
const engine = createEngine(resolveConfig(undefined));
const genericIds = new Set(
  engine
    .rules()
    .filter((r) => r.provider === 'generic')
    .map((r) => r.id),
);

async function ours(path: string, text: string): Promise<{ spans: [number, number][]; ids: string[] }> {
  const { findings } = await engine.scan({ path, text });
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return {
    spans: findings.map((f) => [starts[f.line - 1]! + f.column - 1, starts[f.endLine - 1]! + f.endColumn - 1]),
    ids: findings.map((f) => f.ruleId),
  };
}

async function theirs(path: string, text: string): Promise<[number, number][]> {
  const r = await lintSource({
    source: { content: text, filePath: path, contentType: 'text' },
    options: { config: { rules: [{ id: presetCreator.meta.id, rule: presetCreator }] }, noPhysicFilePath: true },
  });
  return r.messages.map((m): [number, number] => [m.range[0], m.range[1]]);
}

const overlaps = (spans: [number, number][], s: number, e: number): boolean => spans.some(([a, b]) => a < e && s < b);

interface Tally {
  tp: number;
  found: [number, number];
  fp: number;
  flagged: [number, number];
}
const byFamily = new Map<string, Tally>();
const tally = (f: string): Tally => {
  let t = byFamily.get(f);
  if (!t) byFamily.set(f, (t = { tp: 0, found: [0, 0], fp: 0, flagged: [0, 0] }));
  return t;
};

for (const e of entries) {
  const t = tally(e.family);
  if (e.kind === 'tp') {
    const samples =
      e.text !== undefined
        ? [['sample.txt', e.text] as [string, string]]
        : contexts(e.key ?? 'SERVICE_TOKEN', e.token!);
    for (const [path, text] of samples) {
      const at = text.indexOf(e.token!);
      const end = at + e.token!.length;
      t.tp++;
      if (overlaps((await ours(path, text)).spans, at, end)) t.found[0]++;
      if (overlaps(await theirs(path, text), at, end)) t.found[1]++;
    }
  } else {
    t.fp++;
    const o = await ours('sample.txt', e.text!);
    const ids = e.providerOnly ? o.ids.filter((id) => !genericIds.has(id)) : o.ids;
    if (ids.length > 0) {
      t.flagged[0]++;
      if (process.env['MLG_ACCURACY_SHOW'])
        process.stderr.write(`false positive (${ids.join(', ')}): ${e.text!.slice(0, 120)}\n`);
    }
    if ((await theirs('sample.txt', e.text!)).length > 0) t.flagged[1]++;
  }
}

const rows = [...byFamily.entries()].sort(([a], [b]) => a.localeCompare(b));
const pct = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const total: Tally = { tp: 0, found: [0, 0], fp: 0, flagged: [0, 0] };
const out = rows.map(([family, t]) => {
  total.tp += t.tp;
  total.fp += t.fp;
  for (const i of [0, 1]) {
    total.found[i]! += t.found[i]!;
    total.flagged[i]! += t.flagged[i]!;
  }
  return {
    family,
    positives: t.tp,
    negatives: t.fp,
    recall: [pct(t.found[0], t.tp), pct(t.found[1], t.tp)],
    precision: [pct(t.found[0], t.found[0] + t.flagged[0]), pct(t.found[1], t.found[1] + t.flagged[1])],
  };
});
process.stdout.write(
  JSON.stringify({
    families: out,
    overall: {
      positives: total.tp,
      negatives: total.fp,
      recall: [pct(total.found[0], total.tp), pct(total.found[1], total.tp)],
      precision: [
        pct(total.found[0], total.found[0] + total.flagged[0]),
        pct(total.found[1], total.found[1] + total.flagged[1]),
      ],
    },
  }),
);
