// Bundles the two entry points into self-contained files that run with no node_modules:
// dist/cli.js with dist/cli-body.cjs (CLI and pre-commit hook; must never load @actions/*) and
// dist/index.js (Action).
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  // jsonc-parser's "main" is a UMD build with dynamic requires esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  // Smaller bundles parse faster: the CLI's cold start is on the pre-commit path.
  minify: true,
  keepNames: true,
  sourcemap: false,
  logLevel: 'warning',
  define: { __MLG_VERSION__: JSON.stringify(pkg.version) },
  // A dependency calls require('tty'); an ESM bundle needs a real require for that.
  banner: {
    js: "import { createRequire as __mlgCreateRequire } from 'module'; const require = __mlgCreateRequire(import.meta.url);",
  },
};

// `--verify` and `--revoke` (src/verify, undici) are a bundle of their own, dist/verify.js, which
// dist/cli.js loads by `await import` only when asked: the pre-commit path never parses it, and
// the CLI starts without it.
await build({ ...common, entryPoints: ['src/verify/index.ts'], outfile: 'dist/verify.js' });
/**
 * Libraries the CLI needs only for some inputs: YAML and TOML configs, user patterns (re2js), the
 * small git calls outside the scan paths (simple-git) and path globs (micromatch: allowlists, MCP
 * configs). Each becomes a CommonJS file of its own, dist/lib/<name>.cjs, loaded synchronously on
 * first use, so a run that never needs one (a clean commit, most files) neither parses nor
 * evaluates it: together they were half of dist/cli.js and ~40-70 ms of every start. The source
 * keeps importing them as usual (tests, dist/index.js).
 */
const LAZY_LIBS = ['yaml', 'toml-eslint-parser', 're2js', 'simple-git', 'micromatch'];
/** Those that are CommonJS modules, imported whole (`import micromatch from 'micromatch'`). */
const COMMONJS_LIBS = new Set(['micromatch']);
const libFile = (name) => `${name}.cjs`;

await rm('dist/lib', { recursive: true, force: true });
for (const name of LAZY_LIBS) {
  const contents = COMMONJS_LIBS.has(name) ? `module.exports = require('${name}');` : `export * from '${name}';`;
  await build({
    ...common,
    format: 'cjs',
    banner: {},
    stdin: { contents, resolveDir: process.cwd() },
    outfile: `dist/lib/${libFile(name)}`,
  });
}

/**
 * Stands in for a lazy library inside dist/cli.js: every export is a proxy that loads the real
 * module on first touch (a call, `new`, a property such as `Scalar.PLAIN`, `instanceof`), with the
 * library's own export names, so the source needs no change. A primitive export is copied as is.
 */
async function lazyStub(name) {
  const mod = await import(name);
  const lines = [
    "import { createRequire } from 'node:module';",
    `const file = './lib/${libFile(name)}';`,
    'let lib;',
    // Resolved beside dist/cli.js, wherever it is installed. A missing file is a broken install:
    // it stops the run (exit 2) rather than reaching a caller that reads errors as bad input.
    'const load = () => {',
    '  if (lib) return lib;',
    '  try {',
    '    return (lib = createRequire(import.meta.url)(file));',
    '  } catch (e) {',
    '    process.stderr.write(`mcp-leak-guard: internal error: cannot load ${file} beside dist/cli.js (reinstall mcp-leak-guard): ${String(e?.message ?? e).split(`\\n`)[0]}\\n`);',
    '    process.exit(2);',
    '  }',
    '};',
    // `key` undefined: the module itself (a CommonJS library's default export).
    'const real = (key) => (key === undefined ? load() : load()[key]);',
    'const lazy = (key, target) => new Proxy(target, {',
    '  get: (_, p) => real(key)[p],',
    '  has: (_, p) => p in real(key),',
    '  apply: (_, self, args) => Reflect.apply(real(key), self, args),',
    '  construct: (_, args) => Reflect.construct(real(key), args),',
    '});',
  ];
  if (COMMONJS_LIBS.has(name)) lines.push('export default lazy(undefined, function () {});');
  for (const [key, value] of Object.entries(mod)) {
    if (key === 'default' || !/^[A-Za-z_$][\w$]*$/.test(key)) continue;
    const target =
      typeof value === 'function' ? 'function () {}' : typeof value === 'object' && value ? '{}' : undefined;
    lines.push(
      target
        ? `export const ${key} = lazy(${JSON.stringify(key)}, ${target});`
        : `export const ${key} = ${JSON.stringify(value)};`,
    );
  }
  return lines.join('\n');
}

/**
 * The CLI is two files. dist/cli-body.cjs is the CLI itself, bundled as CommonJS so that
 * dist/cli.js, a small entry, can run it through a V8 code cache (src/runtime/code-cache.ts: Node
 * 20 has no code cache for ES modules, and compiling the bundle was the largest part of a
 * pre-commit hook's start after Node's own). The body's `import.meta.url` is the entry's, passed
 * in, and its dynamic imports (dist/verify.js, an ES module; node: modules) go through a function
 * the entry passes in too, since code run by `vm.Script` cannot `import()` on Node 20.
 */
const BODY = 'dist/cli-body.cjs';
await build({
  ...common,
  format: 'cjs',
  banner: {},
  define: { ...common.define, 'import.meta.url': '__mlgEntryUrl' },
  entryPoints: ['src/cli.ts'],
  outfile: BODY,
  // The hook path must stay light: fail the build if anything drags @actions/* in.
  plugins: [
    {
      name: 'no-actions-in-cli',
      setup(b) {
        b.onResolve({ filter: /^@actions\// }, (args) => ({
          errors: [{ text: `dist/cli.js must not import ${args.path} (from ${args.importer})` }],
        }));
        const lazy = new RegExp(`^(${LAZY_LIBS.join('|')})$`);
        b.onResolve({ filter: lazy }, (args) => ({ path: args.path, namespace: 'lazy-lib' }));
        b.onLoad({ filter: /.*/, namespace: 'lazy-lib' }, async (args) => ({
          contents: await lazyStub(args.path),
          loader: 'js',
          resolveDir: process.cwd(),
        }));
        // The lazy `import('../verify/index.js')` of src/cli becomes dist/verify.js, beside dist/cli.js.
        b.onResolve({ filter: /\/verify\/index\.js$/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: './verify.js', external: true } : undefined,
        );
      },
    },
  ],
});
// Dynamic imports in the body: dist/verify.js and Node's own modules (a secretlint rule imports
// node:fs that way). Anything else would fail at run time, so it fails the build.
const body = (await readFile(BODY, 'utf8')).replace(
  /\bimport\(("(?:\.\/verify\.js|node:[a-z_/]+)")\)/g,
  '__mlgImport($1)',
);
const left = body.match(/.{0,40}\bimport\(.{0,40}/);
if (left) throw new Error(`${BODY}: a dynamic import the entry cannot serve: ${left[0]}`);
await writeFile(BODY, body);
// src/cli-start.ts starts with the shebang; esbuild keeps it at the top.
await build({ ...common, banner: {}, entryPoints: ['src/cli-start.ts'], outfile: 'dist/cli.js' });
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
