/** The clock port: the only way the loop learns the time or waits (tests and the demo inject one). */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
