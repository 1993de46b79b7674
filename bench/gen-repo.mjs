// Builds a synthetic git repository with `git fast-import` (seconds for thousands of commits):
// each commit edits a few of a few hundred source-like files; a few commits add credential-shaped
// values assembled here at run time.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';

function rand(seed) {
  let h = seed >>> 0;
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function generateRepo(dir, commits, { files = 300, seed = 1 } = {}) {
  if (
    existsSync(`${dir}/.git`) &&
    execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim() === String(commits)
  )
    return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const r = rand(seed);
  const word = () =>
    ['value', 'config', 'handler', 'result', 'request', 'item', 'count', 'name', 'user', 'data'][Math.floor(r() * 10)];
  const content = new Array(files)
    .fill(null)
    .map((_, i) => Array.from({ length: 40 }, (_, l) => `const ${word()}${i}_${l} = ${word()}(${l});`));
  const chunks = [];
  let mark = 0;
  for (let c = 0; c < commits; c++) {
    const edits = 1 + Math.floor(r() * 3);
    let body = '';
    for (let e = 0; e < edits; e++) {
      const f = Math.floor(r() * files);
      const lines = content[f];
      const at = Math.floor(r() * lines.length);
      let line = `const ${word()}_${c} = ${word()}(${Math.floor(r() * 1000)}); // change ${c}`;
      if (c % 500 === 7)
        line = `const key = "${['AI', 'za'].join('')}${Array.from({ length: 35 }, () => ALNUM[Math.floor(r() * 62)]).join('')}";`;
      lines.splice(at, 0, line);
      if (lines.length > 80) lines.splice(Math.floor(r() * lines.length), 1);
      const data = `${lines.join('\n')}\n`;
      body += `M 100644 inline src/file${f}.js\ndata ${Buffer.byteLength(data)}\n${data}\n`;
    }
    const msg = `commit ${c}\n`;
    const when = 1700000000 + c * 60;
    chunks.push(
      `commit refs/heads/main\nmark :${++mark}\nauthor Bench <bench@example.test> ${when} +0000\ncommitter Bench <bench@example.test> ${when} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}${body}\n`,
    );
  }
  const r2 = spawnSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join(''), maxBuffer: 1 << 30 });
  if (r2.status !== 0) throw new Error(`fast-import failed: ${r2.stderr}`);
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir });
  return dir;
}
