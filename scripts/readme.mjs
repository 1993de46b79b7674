// Regenerates the generated tables from the built CLI and action.yml: the rules table in
// docs/rules.md, the clients table in docs/clients.md, the verifiers in docs/verification.md,
// the Action inputs in README.md.
//   npm run build && node scripts/readme.mjs
// test/cli/rules.test.ts fails when a committed table differs from what this writes.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { actionInputsTable } from './action-inputs.mjs';

const root = new URL('../', import.meta.url);
const cli = new URL('dist/cli.js', root).pathname;

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `file`. */
function fill(file, name, table) {
  const url = new URL(file, root);
  const text = readFileSync(url, 'utf8');
  const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!re.test(text)) throw new Error(`${file} has no ${name} markers`);
  writeFileSync(
    url,
    text.replace(re, (_m, a, b) => `${a}${table}${b}`),
  );
}

for (const [file, name] of [
  ['docs/clients.md', 'clients'],
  ['docs/rules.md', 'rules'],
]) {
  fill(file, name, execFileSync(process.execPath, [cli, name, '--format', 'markdown'], { encoding: 'utf8' }));
}
// The verifiers table comes from the --verify bundle, which the CLI loads only when asked.
const { verifiersMarkdown } = await import(new URL('dist/verify.js', root).href);
fill('docs/verification.md', 'verifiers', verifiersMarkdown());
fill('README.md', 'action-inputs', actionInputsTable(readFileSync(new URL('action.yml', root), 'utf8')));
