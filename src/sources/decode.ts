/**
 * Bytes to text the way a person would read the file, the same for every source (work tree,
 * index, commits, stdin, audit), so no source calls "binary" what another scans:
 * - a BOM decides (UTF-8 dropped so columns match an editor's, UTF-16 LE/BE decoded);
 * - UTF-16 without a BOM is recognised by its zero high (or low) bytes;
 * - otherwise content with a NUL in its first 8 KB is binary only when control bytes are more
 *   than a few per cent of them: a stray NUL in a text file (git calls it binary) hides nothing;
 * - invalid UTF-8 is decoded with replacement characters, so the valid parts are still scanned.
 */
import { constants } from 'node:buffer';
import { createHash } from 'node:crypto';
import { KEY_STORE_PATH, keyStoreStandIn } from '../core/key-store.js';

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary' };

const SNIFF = 8000;
/** Control bytes per 100 sniffed bytes above which content is binary (compressed data: ~10). */
const BINARY_PERCENT = 2;

/**
 * The largest content a scan can hold as text: one JS string. A bigger file is a scan failure
 * (its source reports it), never a silent skip.
 */
export const MAX_SCAN_BYTES = constants.MAX_STRING_LENGTH;

/**
 * `decodeContent` for the file at `path`: a non-empty file named as a PKCS#12 key store becomes the
 * one-line stand-in the `pkcs12-file` rule reports (src/core/key-store.ts), so a binary key store
 * is reported instead of skipped, and by every source alike.
 */
export function decodeFile(path: string, buf: Uint8Array): Decoded {
  if (buf.length > 0 && KEY_STORE_PATH.test(path))
    return { kind: 'text', text: keyStoreStandIn(createHash('sha256').update(buf).digest('hex')) };
  return decodeContent(buf);
}

export function decodeContent(buf: Uint8Array): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return utf16(buf.subarray(2), 'utf-16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return utf16(buf.subarray(2), 'utf-16be');
  const sniff = buf.subarray(0, SNIFF);
  if (sniff.indexOf(0) !== -1) {
    const wide = sniffUtf16(sniff);
    if (wide) {
      const decoded = utf16(buf, wide);
      if (decoded.kind === 'text' && controlPercent(decoded.text.slice(0, SNIFF / 2)) <= BINARY_PERCENT) return decoded;
    }
    // Only content with a NUL is weighed (the common text file costs one indexOf).
    if (controlBytes(sniff) * 100 > sniff.length * BINARY_PERCENT) return { kind: 'binary' };
  }
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return { kind: 'text', text: Buffer.from(buf.buffer, buf.byteOffset + start, buf.length - start).toString('utf8') };
}

function utf16(buf: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  return { kind: 'text', text: new TextDecoder(encoding).decode(buf) };
}

/**
 * UTF-16 without a BOM: text in a Latin script has a zero high byte in most code units (odd
 * offsets for little-endian, even for big-endian) and almost never a zero low byte.
 */
function sniffUtf16(sniff: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const units = sniff.length >> 1;
  if (units < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i + 1 < sniff.length; i += 2) {
    if (sniff[i] === 0) zeroEven++;
    if (sniff[i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd * 2 >= units && zeroEven * 20 <= units) return 'utf-16le';
  if (zeroEven * 2 >= units && zeroOdd * 20 <= units) return 'utf-16be';
  return undefined;
}

/** C0 controls other than tab, line breaks, form feed and ESC (terminal logs keep colour codes). */
const isControl = (c: number): boolean => (c < 32 && (c < 9 || c > 13) && c !== 27) || c === 127;

function controlBytes(bytes: Uint8Array): number {
  let n = 0;
  for (const c of bytes) if (isControl(c)) n++;
  return n;
}

function controlPercent(text: string): number {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  return (n * 100) / text.length;
}

/** A Git LFS pointer names content stored elsewhere: there is nothing in it to scan. */
export function isLfsPointer(text: string): boolean {
  return text.length < 512 && text.startsWith('version https://git-lfs.github.com/spec/v1\n');
}
