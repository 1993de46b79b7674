/** Standard input as one unit, reported under the path the user gives (`--path`). */
import { decodeFile } from './decode.js';
import type { ScanSource, SourceItem } from './types.js';

export function stdinSource(input: NodeJS.ReadableStream, reportPath: string): ScanSource {
  return {
    label: `stdin as ${reportPath}`,
    async *items(): AsyncGenerator<SourceItem> {
      const chunks: Buffer[] = [];
      for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
      const buf = Buffer.concat(chunks);
      const decoded = decodeFile(reportPath, buf);
      if (decoded.kind === 'binary') {
        yield { kind: 'skipped', path: reportPath, reason: 'binary' };
        return;
      }
      yield { kind: 'unit', unit: { path: reportPath, text: decoded.text, origin: 'stdin' }, bytes: buf.length };
    },
  };
}
