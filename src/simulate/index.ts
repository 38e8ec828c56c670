/** Replaying a rollout: the engine, its timeline types and how the timeline is printed. */
export { DEFAULT_APPROVE_AFTER_MS, SimulateError, simulate } from './engine.js';
export { formatElapsed, renderSimulationJson, renderSimulationText, timeInPhase } from './render.js';
export type * from './types.js';
