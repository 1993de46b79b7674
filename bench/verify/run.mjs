// What --verify adds per finding (issue: verification budget): a folder of N files, each with a
// distinct GitHub token, scanned by dist/cli.js with and without --verify, the GitHub API replaced
// by a loopback stand-in (MCP_LEAK_GUARD_VERIFY_BASE_URL_GITHUB) that answers at once, then with a
// fixed delay like a real API. Runs interleaved; medians.
//
//   npm run build && node bench/verify/run.mjs [--rounds N] [--tokens N] [--delay MS]
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median } from '../lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const rounds = opt('--rounds', 5);
const count = opt('--tokens', 40);
const delay = opt('--delay', 50);
const work = path.join(root, 'bench/.work/verify');

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A token in GitHub's classic format (prefix, 30 characters, base62 CRC32), made here at runtime. */
function githubToken(i) {
  let body = '';
  let x = (i + 1) * 2654435761;
  for (let k = 0; k < 30; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    body += ALNUM[x % 62];
  }
  let crc = 0xffffffff;
  for (let k = 0; k < body.length; k++) {
    crc ^= body.charCodeAt(k);
    for (let b = 0; b < 8; b++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  let n = (crc ^ 0xffffffff) >>> 0;
  let sum = '';
  while (n > 0) {
    sum = ALNUM[n % 62] + sum;
    n = Math.floor(n / 62);
  }
  return ['gh', 'p_', body, sum.padStart(6, '0')].join('');
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (let i = 0; i < count; i++) writeFileSync(path.join(work, `s${i}.env`), `TOKEN=${githubToken(i)}\n`);

let wait = 0;
const server = createServer((req, res) => {
  setTimeout(() => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'repo' });
    res.end(JSON.stringify({ login: 'bench', type: 'User' }));
  }, wait);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const env = {
  PATH: process.env.PATH,
  MCP_LEAK_GUARD_VERIFY_BASE_URL_GITHUB: `http://127.0.0.1:${server.address().port}`,
};

const scan = (extra) =>
  new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    execFile(
      process.execPath,
      [cli, 'scan', work, '--format', 'json', ...extra],
      { env, maxBuffer: 1 << 26 },
      (e, out) => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const findings = JSON.parse(out).findings;
        if (findings.length !== count) return reject(new Error(`expected ${count} findings, got ${findings.length}`));
        if (extra.length && findings.some((f) => f.verification?.status !== 'live'))
          return reject(new Error('a token was not verified live'));
        resolve(ms);
      },
    );
  });

for (const d of [0, delay]) {
  wait = d;
  const plain = [];
  const verified = [];
  for (let i = 0; i < rounds; i++) {
    plain.push(await scan([]));
    verified.push(await scan(['--verify']));
  }
  const a = median(plain);
  const b = median(verified);
  console.log(
    `${count} distinct GitHub tokens, stand-in answering after ${d} ms (4 calls in flight), median of ${rounds}:`,
  );
  console.log(`  scan ${fmt(a)}, scan --verify ${fmt(b)}: ${((b - a) / count).toFixed(1)} ms added per finding`);
}
server.close();
rmSync(work, { recursive: true, force: true });
