/**
 * `npm run eval -- --input <dir> --gold <gold.json> [--articles <articles.json>] [--only d01.txt,d02.txt]`
 *
 * Builds the bundle from <dir> and prints each figure, the thresholds and every miss (`file#index field got …
 * want …`). Exit codes: 0 every threshold met; 1 one or more missed (or the build failed); 2 bad arguments or
 * unreadable labels.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runWhenMain } from '../cli-main';
import { evaluate, LabelError, loadArticleLabels, loadGold } from './run';
import { checks, formatResult } from './score';

export const USAGE =
  'usage: npm run eval -- --input <dir> --gold <gold.json> [--articles <articles.json>] [--only <file,file>]';

class UsageError extends Error {}

export interface EvalArgs {
  input: string;
  gold: string;
  articles: string | null;
  only: Set<string> | null;
}

export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--input', '--gold', '--articles', '--only'].includes(name))
      throw new UsageError(`unknown argument ${arg}`);
    const value: string | undefined = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    values.set(name, value);
  }
  const input = values.get('--input');
  const gold = values.get('--gold');
  if (input === undefined || gold === undefined) throw new UsageError('--input and --gold are required');
  const only = values.get('--only');
  return {
    input,
    gold,
    articles: values.get('--articles') ?? null,
    only: only === undefined ? null : new Set(only.split(',').map((s) => s.trim())),
  };
}

export async function main(
  argv: readonly string[],
  out = process.stdout,
  err = process.stderr,
): Promise<number> {
  let args: EvalArgs;
  try {
    args = parseEvalArgs(argv);
    if (!existsSync(args.input)) throw new UsageError(`input folder ${args.input} does not exist`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err.write(`eval: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  let gold;
  let articles;
  try {
    gold = loadGold(args.gold);
    articles = args.articles === null ? null : loadArticleLabels(args.articles);
  } catch (error) {
    if (!(error instanceof LabelError)) throw error;
    err.write(`eval: ${error.message}\n`);
    return 2;
  }
  const result = await evaluate({ input: args.input, gold, articles, only: args.only });
  const docs = new Set(gold.filter((g) => args.only === null || args.only.has(g.doc)).map((g) => g.doc));
  out.write(
    `eval: ${path.join(args.input, '')} against ${args.gold}${args.articles === null ? '' : ` and ${args.articles}`}` +
      ` (${docs.size} documents${args.only === null ? '' : `: ${[...docs].join(', ')}`})\n\n`,
  );
  out.write(formatResult(result));
  return checks(result.figures).every((c) => c.met) ? 0 : 1;
}

runWhenMain(import.meta.url, 'eval', main);
