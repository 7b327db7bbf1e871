// Election types as the deadline rules know them: the reference module's ZElectionType.
import type { z } from 'zod';
import { ZElectionType } from '../reference/schema';

export type ElectionType = z.infer<typeof ZElectionType>;
export const ELECTION_TYPES = ZElectionType.options;
