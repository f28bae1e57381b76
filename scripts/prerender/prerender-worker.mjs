// The pre-render thread through tsx, when its bundle cannot be made (run.ts): a worker does not inherit the
// loader the main thread was started with, so register it here, then load the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./shard-worker.ts');
