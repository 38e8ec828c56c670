/** A run asked for something the policy does not allow (a rollback to a later phase). */
export class TriggerError extends Error {
  override name = 'TriggerError';
  constructor(
    /** The input the problem is in: "phase", "reason". */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
