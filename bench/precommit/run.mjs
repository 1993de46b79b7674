// Pre-commit added latency: the median wall time of `git commit` of 20 changed files
// with the hook installed (`install-hook`, running dist/cli.js) versus the same commit without it,
// in two identical repositories, interleaved so machine noise hits both.
//
//   node bench/precommit/run.mjs [--rounds N] [--against OTHER/cli.js]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { againstCli, fmt, run, sideBySide } from '../lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 15;
const against = againstCli(args);
const work = path.join(root, 'bench/.work/precommit');
const FILES = 20;

/** A repository of 200 ordinary source files (some MCP configs among them), committed. */
function makeRepo(name) {
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...a) => {
    const r = run('git', a, { cwd: dir });
    if (r.code !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Bench');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  for (let i = 0; i < 200; i++) {
    const file = i % 25 === 0 ? `tools/${i}/.mcp.json` : `src/module${i}.js`;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    const body = file.endsWith('.json')
      ? JSON.stringify(
          { mcpServers: { s: { command: 'npx', args: ['-y', `pkg${i}@1.0.0`], env: { TOKEN: '${TOKEN}' } } } },
          null,
          2,
        )
      : `export function f${i}(x) {\n  return x * ${i};\n}\n`.repeat(20);
    writeFileSync(path.join(dir, file), body);
  }
  git('add', '-A');
  git('commit', '-qm', 'init');
  return { dir, git };
}

const plain = makeRepo('without-hook');
const hooked = makeRepo('with-hook');
const other = against ? makeRepo('with-hook-against') : undefined;
for (const repo of [hooked, other].filter(Boolean)) {
  const install = run(process.execPath, [cli, 'install-hook'], { cwd: repo.dir });
  if (install.code !== 0) throw new Error(`install-hook failed: ${install.stderr}`);
}

let round = 0;
/** Changes 20 files (a new line in each), stages them and commits: the timed part is the commit. */
function commitTwenty(repo, hookCli = cli) {
  round++;
  for (let i = 0; i < FILES; i++) {
    const file = path.join(repo.dir, `src/module${(i * 7) % 200 === 0 ? 1 : (i * 7) % 200}.js`);
    writeFileSync(file, `export const edit${round}_${i} = ${round * 100 + i};\n`, { flag: 'a' });
  }
  repo.git('add', '-A');
  // The installed hook finds the CLI as a teammate's would: here through MCP_LEAK_GUARD_CLI.
  const r = run('git', ['commit', '-qm', `edit ${round}`], {
    cwd: repo.dir,
    env: { ...process.env, MCP_LEAK_GUARD_CLI: hookCli },
  });
  if (r.code !== 0) throw new Error(`commit failed in ${repo.dir}: ${r.stderr}`);
  return r;
}

const { medians, cpu } = sideBySide(
  {
    without: () => commitTwenty(plain),
    with: () => commitTwenty(hooked),
    ...(other ? { against: () => commitTwenty(other, against) } : {}),
  },
  rounds,
);
const added = medians.with - medians.without;
console.log(`commit of ${FILES} changed files, median of ${rounds}:`);
console.log(`  without hook ${fmt(medians.without)}, with hook ${fmt(medians.with)}`);
console.log(`  added by the hook: ${fmt(added)} (target <= 200 ms)`);
console.log(`  CPU time (user + system, git and the hook): added ${fmt(cpu.with - cpu.without)}`);
if (against)
  console.log(
    `  --against ${against}: ${fmt(medians.against)}, adds ${fmt(medians.against - medians.without)} (CPU ${fmt(cpu.against - cpu.without)})`,
  );
