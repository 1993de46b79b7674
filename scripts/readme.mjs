// Regenerates the generated tables from the built CLI and action.yml: the rules table in
// docs/rules.md, the clients table in docs/clients.md, the verifiers in docs/verification.md,
// the Action inputs in README.md; and, from src/core/rules/unmapped-peers.ts, the gitleaks rules
// without a counterpart in docs/rules.md.
//   npm run build && node scripts/readme.mjs
// test/cli/rules.test.ts fails when a committed table differs from what this writes.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
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
// A data module with no bundle of its own: esbuild turns it into a module to import here.
const unmapped = await build({
  entryPoints: [new URL('src/core/rules/unmapped-peers.ts', root).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { unmappedGitleaksMarkdown } = await import(
  `data:text/javascript;base64,${Buffer.from(unmapped.outputFiles[0].text).toString('base64')}`
);
fill('docs/rules.md', 'gitleaks-unmapped', unmappedGitleaksMarkdown());
