// Regenerates README.md's generated tables (clients, rules, verifiers, Action inputs) from the built CLI:
//   npm run build && node scripts/readme.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { actionInputsTable } from './action-inputs.mjs';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const readme = new URL('../README.md', import.meta.url);
let text = readFileSync(readme, 'utf8');
for (const [name, args] of [
  ['clients', ['clients', '--format', 'markdown']],
  ['rules', ['rules', '--format', 'markdown']],
]) {
  const table = execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!re.test(text)) throw new Error(`README.md has no ${name} markers`);
  text = text.replace(re, (_m, a, b) => `${a}${table}${b}`);
}
// The verifiers table comes from the --verify bundle, which the CLI loads only when asked.
const { verifiersMarkdown } = await import(new URL('../dist/verify.js', import.meta.url).href);
text = text.replace(
  /(<!-- verifiers:start -->\n)[\s\S]*?(<!-- verifiers:end -->)/,
  (_m, a, b) => `${a}${verifiersMarkdown()}${b}`,
);
const inputs = actionInputsTable(readFileSync(new URL('../action.yml', import.meta.url), 'utf8'));
text = text.replace(
  /(<!-- action-inputs:start -->\n)[\s\S]*?(<!-- action-inputs:end -->)/,
  (_m, a, b) => `${a}${inputs}${b}`,
);
writeFileSync(readme, text);
