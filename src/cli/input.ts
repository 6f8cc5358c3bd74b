import { readFile, stat } from 'node:fs/promises';
import { CliError } from './command.js';

/** Largest article `extract` accepts; larger input is almost certainly not one article. */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_ARTICLE_BYTES) throw new CliError(`-: input is larger than ${MAX_ARTICLE_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a file (or `-` for stdin) as bytes, with one-line errors that name the file. */
export async function readInputBytes(path: string): Promise<Buffer> {
  if (path === '-') return readStdin();
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}`);
  }
  if (info.isDirectory()) throw new CliError(`${path}: is a directory, not an article`);
  if (info.size > MAX_ARTICLE_BYTES) throw new CliError(`${path}: file is larger than ${MAX_ARTICLE_BYTES} bytes`);
  try {
    return await readFile(path);
  } catch (err) {
    throw new CliError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Decodes article bytes as text. Binary data (NUL bytes, or mostly invalid UTF-8) and empty
 * input are refused; a UTF-8 byte-order mark is dropped; Latin-1 is accepted as a fallback.
 */
export function decodeArticle(bytes: Buffer, name: string): string {
  if (bytes.length === 0) throw new CliError(`${name}: empty input, no article to read`);
  const probe = bytes.subarray(0, 64 * 1024);
  if (probe.includes(0)) throw new CliError(`${name}: looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: a legacy single-byte page is common in news archives; reject only if it is
    // full of control bytes, which text never is.
    let control = 0;
    for (const b of probe) if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
    if (control > probe.length * 0.01) throw new CliError(`${name}: looks like a binary file, not text`);
    text = new TextDecoder('latin1').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CliError(`${name}: empty input, no article to read`);
  return text;
}
