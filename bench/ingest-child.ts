/**
 * Runs the build step's CLI in this process and reports, as the last stdout line, a JSON object with the time it
 * took (from just before the CLI module loads), its exit code, this process's peak RSS and CPU time. Used by bench section c
 * so that the figures are the build step's own, measured in a fresh process.
 *
 *   node --import tsx bench/ingest-child.ts --input <dir> --out <dir>
 */
export {};

const started = performance.now();
const { main } = (await import('../scripts/ingest/cli')) as {
  main: (argv: readonly string[]) => Promise<number>;
};
const code = await main(process.argv.slice(2));
const elapsedMs = performance.now() - started;
const usage = process.resourceUsage();
// CPU time of every thread (workers included) next to the wall time: on the shared machine, the steadier figure.
const cpu = { userMs: usage.userCPUTime / 1000, sysMs: usage.systemCPUTime / 1000 };
process.stdout.write(`\n${JSON.stringify({ code, elapsedMs, maxRssKb: usage.maxRSS, ...cpu })}\n`);
process.exit(code);
