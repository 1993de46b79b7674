/** What `npm pack` ships: the CLI and its hook, the licence, and nothing of the Action. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/cli.js';

describe('the npm package', () => {
  it('ships LICENSE and the CLI, not the Action bundle; package.json says where it lives', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'dist/cli.js',
        'dist/cli-body.cjs',
        'dist/lib/yaml.cjs',
        'hooks/pre-commit',
        'package.json',
      ]),
    );
    expect(files).not.toContain('dist/index.js');
    expect(files).not.toContain('action.yml');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License[\s\S]*mcp-leak-guard contributors/);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['license']).toBe('MIT');
    for (const key of ['repository', 'homepage', 'bugs', 'keywords']) expect(pkg[key]).toBeDefined();
  });
});
