import { describe, expect, it } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { remembered } from '../../src/core/remember.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('remembered', () => {
  it('returns what the function computed, computing each key once', () => {
    let calls = 0;
    const twice = remembered((n: number) => {
      calls++;
      return n * 2;
    });
    expect([twice(2), twice(2), twice(3)]).toEqual([4, 4, 6]);
    expect(calls).toBe(2);
  });

  it('keeps no text alive that a key was cut from', () => {
    const judge = remembered((key: string) => key.length, 4096);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 40; i++) {
      // A file's text of 1 MB, and a key cut from it, as rules cut them (`text.slice`).
      const text = `${'x'.repeat(1 << 20)}${i}`.split('').join('');
      judge(text.slice(1000, 1040) + String(i));
      judge(text.slice(2000, 2050));
    }
    gc();
    // The 40 texts are 40 MB (80 in two-byte form); the keys a few kilobytes.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10 * (1 << 20));
  });
});
