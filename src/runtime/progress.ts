/** Progress of a history scan on stderr: only on a terminal, one line rewritten in place. */
export function progressReporter(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  const started = Date.now();
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < 100 && done !== total) return;
    last = now;
    const secs = (now - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    stream.write(`\r\x1b[Kcommits ${done}/${total}  ${rate}/s  ${secs.toFixed(1)}s`);
    if (done === total) stream.write('\n');
  };
}
