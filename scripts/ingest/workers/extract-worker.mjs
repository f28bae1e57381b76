// Entry of the extraction worker threads: Node runs TypeScript only through tsx, and a worker does not inherit
// the loader the main thread was started with, so register it here and then load the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
