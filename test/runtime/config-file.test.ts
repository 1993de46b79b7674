/** Finding and reading the user's config file: which file wins, and errors that name the file. */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { ConfigError, DEFAULT_MAX_AGE_DAYS } from '../../src/core/config.js';
import { InputError, loadConfig } from '../../src/runtime/config-file.js';
import { tempTree } from '../helpers/temp-tree.js';

const folder = tempTree;

describe('loadConfig', () => {
  it('uses the embedded default when the folder has no config file', async () => {
    const config = await loadConfig(folder({}));
    expect(config.maxAgeDays).toBe(DEFAULT_MAX_AGE_DAYS);
  });

  it('reads the first of .mcp-leak-guard.json, .yml, .yaml found in the folder', async () => {
    const both = folder({
      '.mcp-leak-guard.json': JSON.stringify({ rotation: { maxAgeDays: 30 } }),
      '.mcp-leak-guard.yml': 'rotation:\n  maxAgeDays: 40\n',
    });
    expect((await loadConfig(both)).maxAgeDays).toBe(30);
    expect((await loadConfig(folder({ '.mcp-leak-guard.yaml': 'rotation:\n  maxAgeDays: 50\n' }))).maxAgeDays).toBe(50);
  });

  it('prefers an explicit file to the folder, and fails when it is missing, naming it', async () => {
    const dir = folder({
      '.mcp-leak-guard.json': JSON.stringify({ rotation: { maxAgeDays: 30 } }),
      'my.yml': 'rotation:\n  maxAgeDays: 60\n',
    });
    expect((await loadConfig(dir, path.join(dir, 'my.yml'))).maxAgeDays).toBe(60);
    const missing = path.join(dir, 'nope.json');
    await expect(loadConfig(dir, missing)).rejects.toThrow(InputError);
    await expect(loadConfig(dir, missing)).rejects.toThrow(`cannot read config ${missing}: ENOENT`);
  });

  it('rejects a file that does not parse or validate, naming it', async () => {
    const broken = folder({ '.mcp-leak-guard.json': '{ "rotation": ' });
    await expect(loadConfig(broken)).rejects.toThrow(ConfigError);
    await expect(loadConfig(broken)).rejects.toThrow(/invalid config \.mcp-leak-guard\.json: not valid JSON/);
  });

  it('validates the mcp section here, so a typo there names the file too', async () => {
    const typo = folder({ '.mcp-leak-guard.yml': 'mcp:\n  trustedServer: [acme]\n' });
    await expect(loadConfig(typo)).rejects.toThrow(InputError);
    await expect(loadConfig(typo)).rejects.toThrow(/^config \.mcp-leak-guard\.yml: unknown key "mcp\.trustedServer"/);
  });
});
