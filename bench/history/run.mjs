// History scan: `scan --history --all` wall time over `git log -p --all -U0 > /dev/null`
// on the same repository, side by side, with the scanner's peak RSS.
//
//   node bench/history/run.mjs [REPO ...] [--commits N] [--rounds N] [--against OTHER/cli.js]
//
// Without REPO it generates a repository of N commits (default 5000) under bench/.work/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepo } from '../gen-repo.mjs';
import { againstCli, fmt, run, sideBySide } from '../lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const commits = opt('--commits', 5000);
const rounds = opt('--rounds', 3);
const against = againstCli(args);
const scanArgs = ['scan', '--history', '--all', '--format', 'json', '--fail-on', 'never', '-o', '/dev/null'];
const repos = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (repos.length === 0) repos.push(generateRepo(path.join(root, 'bench/.work', `history-${commits}`), commits));

for (const repo of repos) {
  const count = run('git', ['rev-list', '--all', '--count'], { cwd: repo }).stdout.trim();
  const { medians, cpu } = sideBySide(
    {
      'git log -p': () => run('sh', ['-c', 'git log -p --all -U0 --no-color > /dev/null'], { cwd: repo }),
      'scan --history --all': () => run(process.execPath, [cli, ...scanArgs], { cwd: repo }),
      ...(against ? { against: () => run(process.execPath, [against, ...scanArgs], { cwd: repo }) } : {}),
    },
    rounds,
  );
  const rss = run(
    '/usr/bin/time',
    [
      '-f',
      'max-rss-tree %M',
      process.execPath,
      '-r',
      path.join(path.dirname(fileURLToPath(import.meta.url)), 'max-rss.cjs'),
      cli,
      ...['scan', '--history', '--all', '--fail-on', 'never', '-o', '/dev/null'],
    ],
    { cwd: repo },
  );
  const kb = (label) => Number(new RegExp(`${label} (\\d+)`).exec(rss.stderr)?.[1] ?? NaN);
  const peakMb = kb('max-rss-self') / 1024;
  const treeMb = kb('max-rss-tree') / 1024;
  console.log(`${repo}: ${count} commits`);
  console.log(
    `  git log -p --all -U0: ${fmt(medians['git log -p'])}; scan --history --all: ${fmt(medians['scan --history --all'])}`,
  );
  console.log(
    `  ratio: ${(medians['scan --history --all'] / medians['git log -p']).toFixed(2)}x (target <= 1.0x); peak RSS ${peakMb.toFixed(0)} MB (target <= 256 MB; with its git processes ${treeMb.toFixed(0)} MB)`,
  );
  console.log(
    `  CPU time (user + system, with git's): git log -p ${fmt(cpu['git log -p'])}, scan ${fmt(cpu['scan --history --all'])}`,
  );
  if (against)
    console.log(
      `  --against ${against}: ${fmt(medians.against)}, ratio ${(medians.against / medians['git log -p']).toFixed(2)}x; CPU ${fmt(cpu.against)}`,
    );
}
