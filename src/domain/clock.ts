/** The current time, injected so that the domain tests can set it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  #time: number;
  constructor(start: Date | string | number) {
    this.#time = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#time);
  }
  set(time: Date | string | number): void {
    this.#time = new Date(time).getTime();
  }
  advance(milliseconds: number): void {
    this.#time += milliseconds;
  }
}
