import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { z } from 'zod';
import { HistoricalEvent, Story } from '../schema';

it('the committed JSON Schema for events matches the zod schema (run `npm run schema` after changing it)', () => {
  const committed = JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'schema', 'event.schema.json'), 'utf8'));
  const fresh = JSON.parse(JSON.stringify(z.toJSONSchema(HistoricalEvent, { io: 'input', unrepresentable: 'any' })));
  assert.deepEqual(committed, fresh);
});

it('the committed JSON Schema for stories matches the zod schema (run `npm run schema` after changing it)', () => {
  const committed = JSON.parse(readFileSync(path.join(process.cwd(), 'data', 'schema', 'story.schema.json'), 'utf8'));
  const fresh = JSON.parse(JSON.stringify(z.toJSONSchema(Story, { io: 'input', unrepresentable: 'any' })));
  assert.deepEqual(committed, fresh);
});
