/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on a line of its own, the
 * headers it sets indented below it, `#` comments. In a pattern `*` matches anything (slashes
 * included) and `:name` one path segment; a pattern matches the whole path, without the query.
 *
 * Every rule whose pattern matches a path applies to it. Where two matching rules set the same
 * header the hosts differ: Cloudflare Pages joins the values with a comma (for a
 * Content-Security-Policy: two policies, both enforced), Netlify keeps the later rule's value.
 * headersFor joins, as Cloudflare does, and says which rules set each header, so a test can
 * check that no path gets one header from two rules and both hosts serve the file alike.
 */

/** Parses `_headers` text into rules, in file order. Throws on a line it cannot read. */
export function parseHeaders(text) {
  const rules = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/')) throw new Error(`_headers line ${i + 1}: a path must start with "/": ${trimmed}`);
      rules.push({ pattern: trimmed, regex: patternRegex(trimmed), headers: [] });
      return;
    }
    const header = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(trimmed);
    if (!header) throw new Error(`_headers line ${i + 1}: not "Name: value": ${trimmed}`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${i + 1}: a header before any path`);
    rule.headers.push([header[1], header[2]]);
  });
  return rules;
}

function patternRegex(pattern) {
  const source = pattern.split(/(\*|:[A-Za-z0-9_]+)/).map((part) => {
    if (part === '*') return '.*';
    if (part.startsWith(':')) return '[^/]+';
    return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers `rules` give `pathname` (the path inside the site, after any base path): name →
 * { value, from: the patterns that set it }. Names keep the case of their first rule.
 */
export function headersFor(rules, pathname) {
  const byName = new Map();
  for (const rule of rules) {
    if (!rule.regex.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const hit = byName.get(key);
      if (hit) {
        hit.value = `${hit.value}, ${value}`;
        hit.from.push(rule.pattern);
      } else byName.set(key, { name, value, from: [rule.pattern] });
    }
  }
  return Object.fromEntries([...byName.values()].map(({ name, value, from }) => [name, { value, from }]));
}
