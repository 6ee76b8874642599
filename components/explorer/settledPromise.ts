import { version } from 'react';

/**
 * React's version this was written against. use() reads a promise's `status` and `value`, the
 * fields React itself sets on promises it has seen settle: a promise that has them already is
 * read at once, without suspending. That is React's private contract, not its API;
 * settledPromise.test.tsx renders through it and fails when React stops honouring it.
 */
export const REACT_VERSION = '19.3.1';

if (version !== REACT_VERSION && process.env.NODE_ENV !== 'production') {
  console.error(`settledPromise: written against React ${REACT_VERSION}, running ${version}: check settledPromise.test.tsx`);
}

/**
 * A promise of `value` that React's use() returns at once (no suspending, no fallback for a
 * turn): for data that is there already, such as the page's own requests that have settled.
 */
export function settledPromise<T>(value: T): Promise<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}
