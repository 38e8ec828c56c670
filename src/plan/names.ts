/** The names phasegate leaves on GitHub, found again by the next run. */

/** Every PR and issue phasegate opens carries this label. */
export const PHASEGATE_LABEL = 'phasegate';
/** A merged phase change whose notifications went out. */
export const APPLIED_LABEL = 'phasegate:applied';
/** A rollback GitHub would not let phasegate merge (branch protection): people were told once. */
export const NEEDS_MERGE_LABEL = 'phasegate:needs-merge';
/** Root-cause-analysis issues opened after a rollback. */
export const RCA_LABEL = 'phasegate:rca';
/** The rollout's dashboard issue. */
export const DASHBOARD_LABEL = 'phasegate:dashboard';
/** The commit status of the gate: the required check on phase PRs. */
export const STATUS_CONTEXT = 'phasegate/verdict';
