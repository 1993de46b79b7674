/**
 * The merged HTML report as a person sees it: rendered by headless Chromium (Debian's package,
 * installed by .ci/run) from disk, with no network. The test reads the rendered DOM: the counts and
 * tables, that untrusted names stay text, and that no full secret is on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/repo.js';
import { orgFixture, runBundleAsync, type OrgFixture } from './helpers.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => spawnSync(p, ['--version']).status === 0,
);

function renderDom(file: string): string {
  if (!CHROMIUM) throw new Error('headless Chromium is needed (apt-get install chromium; .ci/run installs it)');
  const r = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${tempDir('mlg-chromium-')}`,
      '--dump-dom',
      `file://${file}`,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`chromium failed: ${r.stderr}`);
  return r.stdout;
}

/** The text of each row of the table with this id (cells joined by |, tags stripped). */
function rows(dom: string, id: string): string[] {
  const table = new RegExp(`<table id="${id}">([\\s\\S]*?)</table>`).exec(dom)?.[1] ?? '';
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim()).join('|'),
  );
}

const stat = (dom: string, id: string): string | undefined =>
  new RegExp(`id="stat-${id}"><b>(\\d+)</b>`).exec(dom)?.[1];

describe('merge --format html in a browser', () => {
  let fx: OrgFixture;
  let dom: string;
  beforeAll(async () => {
    fx = orgFixture('org-html');
    // A repository whose folder name is markup and a mention: it must stay text.
    const evil = path.join(fx.dir, 'x<img src=y onerror=alert(1)>@team');
    renameSync(fx.repos['also-leaky']!, evil);
    fx.repos['also-leaky'] = evil;
    const list = path.join(fx.dir, 'repos.txt');
    writeFileSync(list, Object.values(fx.repos).join('\n'));
    const out = path.join(fx.dir, 'out');
    mkdirSync(out);
    await runBundleAsync(['org', 'scan', '--repos', list, '--out', out], { cwd: fx.dir });
    const page = path.join(fx.dir, 'report.html');
    const merged = await runBundleAsync(['merge', out, '--format', 'html', '--output', page], { cwd: fx.dir });
    expect(merged.code).toBe(2); // the corrupt repository
    dom = renderDom(page);
  });
  afterAll(() => fx.cleanup());

  it('shows the counts', () => {
    expect(stat(dom, 'repos')).toBe('5');
    expect(stat(dom, 'failed')).toBe('1');
    expect(stat(dom, 'distinct')).toBe('1');
    expect(stat(dom, 'shared')).toBe('1');
  });

  it('lists every repository with its status, and findings by provider, age and month', () => {
    const byRepo = rows(dom, 'by-repository');
    expect(byRepo).toHaveLength(5);
    expect(byRepo.map((r) => r.split('|')[1]).sort()).toEqual(['empty', 'failed', 'ok', 'ok', 'ok']);
    expect(rows(dom, 'by-provider')).toEqual(['github|1|0']);
    expect(rows(dom, 'by-age')[0]).toBe('under 30 days|1');
    expect(rows(dom, 'timeline')).toEqual([`${new Date().toISOString().slice(0, 7)}|1`]);
    const findings = rows(dom, 'findings');
    expect(findings.some((r) => r.includes('github-pat') && r.includes('|2|'))).toBe(true);
    expect(dom).toContain('GitHub');
  });

  it('keeps untrusted names as text and never shows a full secret', () => {
    expect(dom).not.toMatch(/<img/i);
    expect(dom).toContain('x&lt;img src=y onerror=alert(1)&gt;@team');
    expect(dom).not.toContain(fx.secret);
  });
});
