/**
 * What cli.ts runs: the pipeline and the errors the CLI tells apart. cli.ts loads it as one bundled file when it
 * can (worker-bundle.ts), so that the classes it checks against are the ones the pipeline throws.
 */
export { InputDirError } from '../read/collect';
export { runIngest, type IngestResult, type Settings } from '../pipeline';
export { OutDirError } from '../write/write';
