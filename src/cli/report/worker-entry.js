// A worker thread starts without the main thread's TypeScript loader: register tsx here, as
// bin/netiquette.js does, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
