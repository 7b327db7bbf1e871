#!/usr/bin/env node
// `netra` command: runs the TypeScript CLI under tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
