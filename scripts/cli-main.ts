/**
 * The launch block of the project's command-line scripts (`npm run ingest`, `npm run eval`): when the module is the
 * script node was started with, run its `main` on the arguments and exit with its code; an error it throws is one
 * line on stderr, `<name>: failed: <message>`, and exit code 1.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function runWhenMain(
  moduleUrl: string,
  name: string,
  main: (argv: readonly string[]) => Promise<number>,
): void {
  const script = process.argv[1];
  if (script === undefined || moduleUrl !== pathToFileURL(path.resolve(script)).href) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name}: failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
