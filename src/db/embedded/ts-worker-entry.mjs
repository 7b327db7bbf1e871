// Loads a TypeScript worker module under tsx (development and tests); production workers are plain .js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.__entry);
