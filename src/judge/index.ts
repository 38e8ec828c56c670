/** The judge: SLO verdicts over spans of window records, and the rules over their history. */
export { type AdvanceResult, evaluateAdvance } from './advance.js';
export {
  type LocalDay,
  localDate,
  localDay,
  localDayStart,
  localTime,
  nextLocalDayStart,
} from './calendar.js';
export { holds, round12 } from './format.js';
export { IndexedRecords } from './record-index.js';
export { evaluateTrigger, type RuleResult, type StepState, stepState } from './rules.js';
export { Judge, type JudgeInput, judgeSlo, type SloStatus, type SloVerdict } from './slo.js';
export { alignDown, alignUp, SliSeries, SliWindows, type SpanData } from './span.js';
