import { referencePolicy } from '../../support/policy.js';

/** The reference rollout's SLI mapping (phases/rollout.yaml). */
export const SLIS = referencePolicy().slis;

export const WINDOW = 15 * 60_000;
export const POLICY = { slis: SLIS, windowMs: WINDOW };
export const T0 = Date.parse('2026-11-20T10:00:00.000Z');
