/**
 * PKCS#12 key stores (.p12/.pfx) are binary: every source turns one into the stand-in line the
 * `pkcs12-file` rule reports, so a committed key store is one finding per file version, in the work
 * tree, the index, a diff, the history and stdin alike (src/sources/decode.ts, src/core/key-store.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { runCli } from '../helpers/cli.js';
import { repoFactory, type TempRepo } from '../helpers/repo.js';
import { keyFilesTokens } from '../helpers/tokens/key-files.js';

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  secret: string;
  commit?: string;
  occurrences?: number;
}
interface JsonReport {
  findings: JsonFinding[];
  stats: Record<string, unknown>;
}
const scan = async (repo: TempRepo, ...args: string[]): Promise<{ code: number; report: JsonReport }> => {
  const r = await runCli(['scan', ...args, '--format', 'json'], { cwd: repo.dir });
  expect([r.code, r.stderr.includes('internal error')]).not.toEqual([2, true]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
};
const keyStores = (report: JsonReport) =>
  report.findings.filter((f) => f.ruleId === 'pkcs12-file').map((f) => [f.file, f.line]);
const newRepo = repoFactory();

describe('pkcs12-file', () => {
  it('the work tree: each key store once, by its path; not an empty one, a look-alike name or the same bytes elsewhere', async () => {
    const repo = newRepo();
    const p12 = keyFilesTokens.pkcs12File('wt');
    repo.write('security/es_kibana_client.p12', p12);
    repo.write('ToDo.UWP/ToDo.UWP_TemporaryKey.PFX', keyFilesTokens.pkcs12File('wt2'));
    repo.write('empty.p12', '');
    repo.write('doc/type.P126.html', '<p>P126</p>\n');
    repo.write('assets/logo.bin', p12);
    repo.commit('certs');
    const { code, report } = await scan(repo);
    expect(code).toBe(1);
    expect(keyStores(report).sort()).toEqual([
      ['ToDo.UWP/ToDo.UWP_TemporaryKey.PFX', 1],
      ['security/es_kibana_client.p12', 1],
    ]);
    // The secret shown is the end of the content digest, never the bytes.
    const f = report.findings.find((x) => x.file.endsWith('.p12'))!;
    expect(f.secret.length).toBeLessThan(20);
  });

  it('--staged blocks a key store about to be committed', async () => {
    const repo = newRepo();
    repo.commit('init', { 'README.md': 'x\n' });
    repo.write('deploy/signing.pfx', keyFilesTokens.pkcs12File('staged'));
    repo.git('add', 'deploy/signing.pfx');
    const { code, report } = await scan(repo, '--staged');
    expect(code).toBe(1);
    expect(keyStores(report)).toEqual([['deploy/signing.pfx', 1]]);
  });

  it('--diff and --history: one finding per content, at the commit that added it; a rename adds none', async () => {
    const repo = newRepo();
    const base = repo.commit('init', { 'README.md': 'x\n' });
    repo.write('certs/client.p12', keyFilesTokens.pkcs12File('v1'));
    const first = repo.commit('add the key store');
    repo.git('mv', 'certs/client.p12', 'certs/renamed.p12');
    repo.commit('rename it');
    repo.write('certs/renamed.p12', keyFilesTokens.pkcs12File('v2'));
    const second = repo.commit('replace it');

    const diff = await scan(repo, '--diff', `${base}..HEAD`);
    expect(diff.code).toBe(1);
    const history = await scan(repo, '--history');
    for (const report of [diff.report, history.report]) {
      const found = report.findings.filter((f) => f.ruleId === 'pkcs12-file').map((f) => [f.file, f.commit]);
      expect(found.sort()).toEqual(
        [
          ['certs/client.p12', first],
          ['certs/renamed.p12', second],
        ].sort(),
      );
    }
  });

  it('stdin named as a key store is reported too', async () => {
    const repo = newRepo();
    const r = await runCli(['scan', '--stdin', '--path', 'client.p12', '--format', 'json'], {
      cwd: repo.dir,
      stdin: keyFilesTokens.pkcs12File('stdin').toString('latin1'),
    });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.ruleId)).toEqual(['pkcs12-file']);
  });
});
