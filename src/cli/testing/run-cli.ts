import { main } from '../main.ts';

/** Runs the `netiquette` command in-process, as the tests do, and collects what it prints. */
export async function runCli(argv: string[], options: { stdin?: string | Uint8Array; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const stdin = typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array());
  const code = await main(argv, {
    env: options.env ?? {},
    readStdin: async () => stdin,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
