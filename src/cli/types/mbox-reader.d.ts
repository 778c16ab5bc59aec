// mbox-reader ships no types; this covers the one function the archive reader calls.
declare module 'mbox-reader' {
  import type { Readable } from 'node:stream';

  export interface MboxMessage {
    /** The address on the "From " separator line. */
    returnPath: string;
    /** The date on the separator line, or false when it is unreadable. */
    time: Date | false;
    /** The RFC 822 message, with ">From " escapes undone. */
    content: Buffer;
    headers: Map<string, string[]>;
  }

  export function mboxReader(source: Readable, options?: { gz?: boolean }): AsyncGenerator<MboxMessage>;
}
