// Bundles the two entry points into self-contained ESM files that run with no node_modules:
// dist/cli.js (CLI and pre-commit hook; must never load @actions/*) and dist/index.js (Action).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';

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
// dist/cli.js still starts with nothing beside it.
await build({ ...common, entryPoints: ['src/verify/index.ts'], outfile: 'dist/verify.js' });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  // src/cli.ts starts with the shebang; esbuild keeps it at the top.
  // The hook path must stay light: fail the build if anything drags @actions/* in.
  plugins: [
    {
      name: 'no-actions-in-cli',
      setup(b) {
        b.onResolve({ filter: /^@actions\// }, (args) => ({
          errors: [{ text: `dist/cli.js must not import ${args.path} (from ${args.importer})` }],
        }));
        // The lazy `import('../verify/index.js')` of src/cli becomes dist/verify.js, beside dist/cli.js.
        b.onResolve({ filter: /\/verify\/index\.js$/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: './verify.js', external: true } : undefined,
        );
      },
    },
  ],
});
await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
