/**
 * Bytes to text the way a person would read the file: UTF-16 with a BOM is decoded as UTF-16, a
 * UTF-8 BOM is dropped (so columns match an editor's), and content with NUL bytes in its first 8 KB
 * is binary (git's own heuristic). Invalid UTF-8 is decoded with replacement characters, so the
 * valid parts are still scanned.
 */
export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

const SNIFF = 8000;

export function decodeContent(buf: Uint8Array): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { kind: 'text', text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  }
  const sniff = buf.subarray(0, SNIFF);
  if (sniff.indexOf(0) !== -1) return { kind: 'binary' };
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return { kind: 'text', text: Buffer.from(buf.buffer, buf.byteOffset + start, buf.length - start).toString('utf8') };
}

/** A Git LFS pointer names content stored elsewhere: there is nothing in it to scan. */
export function isLfsPointer(text: string): boolean {
  return text.length < 512 && text.startsWith('version https://git-lfs.github.com/spec/v1\n');
}
