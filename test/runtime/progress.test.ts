/** The history-scan progress line: terminals only, rewritten in place, at most every 100 ms, then a newline. */
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Writable } from 'node:stream';
import { progressReporter } from '../../src/runtime/progress.js';

/** A stream that records what is written to it, as it is written. */
function stream(isTTY: boolean): { s: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: string[] = [];
  const s = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { s: Object.assign(s, { isTTY }), text: () => chunks.join('') };
}

afterEach(() => {
  jest.useRealTimers();
});

describe('progressReporter', () => {
  it('stays silent when the stream is not a terminal (CI logs, pipes)', () => {
    expect(progressReporter(stream(false).s)).toBeUndefined();
  });

  it('rewrites one line, at most every 100 ms, and ends with a newline at the last commit', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { s, text } = stream(true);
    const report = progressReporter(s)!;
    jest.setSystemTime(1_000_200);
    report(1, 10);
    jest.setSystemTime(1_000_250);
    report(2, 10); // within 100 ms of the last line: skipped
    jest.setSystemTime(1_001_000);
    report(5, 10);
    report(10, 10); // the last one is always written
    expect(text()).toBe(
      '\r\x1b[Kcommits 1/10  5/s  0.2s' + '\r\x1b[Kcommits 5/10  5/s  1.0s' + '\r\x1b[Kcommits 10/10  10/s  1.0s\n',
    );
  });
});
