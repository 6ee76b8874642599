/**
 * A function remembering its last call: called again with the same arguments (by identity), it
 * returns the same result. The store's selectors are these, each keyed on the fields it reads,
 * so a snapshot keeps the identity of everything a change did not touch.
 */
export function memo<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
