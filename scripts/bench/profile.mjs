/** What a CDP CPU profile of one interaction spent its time on, for the bench's --profile. */
import { round } from './stats.mjs';

/** Self and total time per function in a CDP CPU profile, the top `limit` by self time. */
export function summariseProfile(profile, limit = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = profile.timeDeltas ?? [];
  const selfByNode = new Map();
  profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (dt[i] ?? 0) / 1000));
  const key = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^.*\/_next\//, '_next/') : '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  for (const [id, ms] of selfByNode) {
    const node = byId.get(id);
    self.set(key(node), (self.get(key(node)) ?? 0) + ms);
    // Total: count once per distinct function on the stack.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  const idle = [...self].filter(([k]) => /^\((idle|program)\)/.test(k)).reduce((s, [, v]) => s + v, 0);
  const busy = [...self].filter(([k]) => !/^\((idle|program|root)\)/.test(k)).reduce((s, [, v]) => s + v, 0);
  const top = [...self].filter(([k]) => !/^\((idle|program|root)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, limit)
    .map(([fn, ms]) => ({ fn, selfMs: round(ms), totalMs: round(total.get(fn) ?? 0), selfPct: round((100 * ms) / Math.max(busy, 1)) }));
  return { busyMs: round(busy), idleMs: round(idle), top };
}
