import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mboxReader } from 'mbox-reader';

/**
 * Walks an archive of sent mail one message at a time, so memory stays flat however large the
 * archive: mbox files (streamed by mbox-reader), Maildir folders (`cur/` and `new/`, one
 * message per file), and folders of `.eml`/`.txt` files, recursively. A message or file that
 * cannot be read comes out as a problem with its location; the walk goes on.
 */

export interface ArchiveMessage {
  /** Where the message is: a file path, or `archive.mbox#12` for the 12th message of an mbox. */
  location: string;
  /** How to read the bytes: a MIME message, or a `.txt` draft. */
  kind: 'mail' | 'text';
  bytes: Uint8Array;
}

export interface ArchiveProblem {
  location: string;
  reason: string;
}

export type ArchiveItem = { message: ArchiveMessage } | { problem: ArchiveProblem };

const MBOX_EXTENSIONS = new Set(['mbox', 'mbx']);
const MAILDIR_PARTS = ['cur', 'new'];

function extensionOf(path: string): string | undefined {
  return /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
}

export function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

/** The first line of a file, read without reading the whole file. */
async function firstLine(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead).toString('latin1');
    return head.split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await handle.close();
  }
}

async function* mboxMessages(path: string): AsyncGenerator<ArchiveItem> {
  const opening = await firstLine(path);
  if (opening === '') return;
  if (!opening.startsWith('From ')) {
    yield { problem: { location: `${path}:1`, reason: 'not an mbox file: its first line does not start with "From "' } };
    return;
  }
  let index = 0;
  // mbox-reader yields each message once the next "From " line (or the end) is read, with the
  // ">From " escapes undone.
  for await (const message of mboxReader(createReadStream(path))) {
    index += 1;
    const location = `${path}#${index}`;
    if (message.content.length === 0) yield { problem: { location, reason: 'empty message' } };
    else yield { message: { location, kind: 'mail', bytes: message.content } };
  }
}

async function* fileMessages(path: string, kind: ArchiveMessage['kind']): AsyncGenerator<ArchiveItem> {
  try {
    yield { message: { location: path, kind, bytes: await readFile(path) } };
  } catch (error) {
    yield { problem: { location: path, reason: describeFsError(error) } };
  }
}

async function isMaildir(path: string, names: readonly string[]): Promise<boolean> {
  if (!MAILDIR_PARTS.every((part) => names.includes(part))) return false;
  const parts = await Promise.all(MAILDIR_PARTS.map((part) => stat(join(path, part)).catch(() => undefined)));
  return parts.every((part) => part?.isDirectory());
}

/** A file met while walking a folder: mail by its extension, or any file inside a Maildir. */
async function* walkFile(path: string, inMaildir: boolean): AsyncGenerator<ArchiveItem> {
  const extension = extensionOf(path);
  if (extension !== undefined && MBOX_EXTENSIONS.has(extension)) yield* mboxMessages(path);
  else if (extension === 'eml' || inMaildir) yield* fileMessages(path, 'mail');
  else if (extension === 'txt') yield* fileMessages(path, 'text');
}

async function* walkFolder(path: string): AsyncGenerator<ArchiveItem> {
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield { problem: { location: path, reason: describeFsError(error) } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = entries.map((entry) => entry.name);
  if (await isMaildir(path, names)) {
    // Maildir's tmp/ holds messages still being delivered; its sub-folders (.Sent, .Archive) are Maildirs too.
    for (const part of MAILDIR_PARTS) {
      let files;
      try {
        files = (await readdir(join(path, part), { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
      } catch (error) {
        yield { problem: { location: join(path, part), reason: describeFsError(error) } };
        continue;
      }
      for (const file of files) yield* walkFile(join(path, part, file), true);
    }
    for (const entry of entries) if (entry.isDirectory() && entry.name.startsWith('.')) yield* walkFolder(join(path, entry.name));
    return;
  }
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* walkFolder(child);
    else if (entry.isFile()) yield* walkFile(child, false);
  }
}

/**
 * Every message under the given paths, in a stable order. A path given by name is read
 * whatever its extension: an mbox when it starts with a "From " line, else one message.
 * A path that does not exist is an error the caller reports before anything runs
 * (`checkArchivePaths`); anything unreadable found later is a problem in the stream.
 */
export async function* readArchive(paths: readonly string[]): AsyncGenerator<ArchiveItem> {
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info === undefined) {
      yield { problem: { location: path, reason: 'no such file or folder' } };
    } else if (info.isDirectory()) {
      yield* walkFolder(path);
    } else {
      const extension = extensionOf(path);
      const named = extension === 'eml' || extension === 'txt' || (extension !== undefined && MBOX_EXTENSIONS.has(extension));
      if (named) yield* walkFile(path, false);
      else if ((await firstLine(path).catch(() => '')).startsWith('From ')) yield* mboxMessages(path);
      else yield* fileMessages(path, 'mail');
    }
  }
}

/** The first path that cannot be read at all, with why: the run stops before it starts. */
export async function unreadableArchivePath(paths: readonly string[]): Promise<ArchiveProblem | undefined> {
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await readdir(path);
      else await (await open(path, 'r')).close();
    } catch (error) {
      return { location: path, reason: describeFsError(error) };
    }
  }
  return undefined;
}

/** Bytes of all files under the paths, for a progress bar's total; symbolic links are not followed. */
export async function archiveSize(paths: readonly string[]): Promise<number> {
  let total = 0;
  const pending = [...paths];
  while (pending.length > 0) {
    const path = pending.pop()!;
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) total += info.size;
    else if (info?.isDirectory()) {
      const entries = await readdir(path).catch(() => []);
      for (const entry of entries) pending.push(join(path, entry));
    }
  }
  return total;
}
