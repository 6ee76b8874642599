import assert from 'node:assert/strict';
import { it } from 'node:test';
import { loadDataset } from '../dataset/load';
import { MESSAGES } from './messages';

it('every message key exists in both languages, with the same kind of value', () => {
  const en = MESSAGES.en as Record<string, unknown>;
  const es = MESSAGES.es as Record<string, unknown>;
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    assert.equal(typeof es[key], typeof en[key], key);
    if (typeof en[key] === 'string') assert.ok((es[key] as string).trim().length > 0, `${key} is empty in Spanish`);
  }
});

it('Spanish strings are translated, not copied (apart from proper names)', () => {
  const same = Object.entries(MESSAGES.en).filter(([k, v]) => typeof v === 'string' && v === (MESSAGES.es as Record<string, unknown>)[k]).map(([k]) => k);
  assert.deepEqual(same.filter((k) => !['scopeBolivia'].includes(k)), []);
});

it('every event, movement, theme and era has both translations', () => {
  const { dataset } = loadDataset();
  assert.ok(dataset);
  for (const e of dataset.events) for (const field of [e.title, e.summary]) {
    assert.ok(field.en.trim() && field.es.trim(), e.id);
    assert.notEqual(field.en, field.es, `${e.id}: the Spanish text is the English one`);
  }
  for (const item of [...dataset.movements, ...dataset.themes, ...dataset.eras]) {
    assert.ok(item.name.en && item.name.es && item.definition.en && item.definition.es, item.id);
  }
});
