import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { it } from 'node:test';

const require = createRequire(import.meta.url);
const ours = readFileSync(path.join(import.meta.dirname, 'leaflet.css'), 'utf8');
const leaflet = readFileSync(require.resolve('leaflet/dist/leaflet.css'), 'utf8');

/** Each rule as "selectors { declarations }", comments and layout aside; @media blocks are left out. */
function rules(css: string): string[] {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  return [...flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selectors, body]) => {
    const sel = selectors!.split(',').map((s) => s.trim().replace(/\s+/g, ' ')).join(', ');
    const decl = body!.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).join('; ');
    return `${sel} { ${decl} }`;
  });
}

it("keeps only Leaflet's own rules, unchanged", () => {
  const upstream = new Set(rules(leaflet));
  const kept = rules(ours);
  assert.ok(kept.length > 40, `only ${kept.length} rules parsed`);
  for (const rule of kept) assert.ok(upstream.has(rule), `not in leaflet/dist/leaflet.css as written: ${rule}`);
});

it('keeps what the map relies on', () => {
  const kept = rules(ours).join('\n');
  for (const selector of ['.leaflet-pane', '.leaflet-container.leaflet-touch-drag.leaflet-touch-zoom', '.leaflet-marker-icon.leaflet-interactive', '.leaflet-control-attribution a', '.leaflet-tooltip-top:before', '.leaflet-zoom-box', '.leaflet-dragging .leaflet-grab']) {
    assert.ok(kept.includes(selector), `missing ${selector}`);
  }
  assert.ok(!/leaflet-popup-content|leaflet-control-layers-toggle|images\//.test(kept), 'popups, the layers control and image icons are not used');
});
