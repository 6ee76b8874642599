import type { z } from 'zod';
import { formatPath, type Problem } from './problem';

const MAX_SHOWN = 60;

/** A short, readable rendering of the offending value for messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${showValue(value)}`;
  if (value === undefined) return 'nothing';
  return `${typeof value} ${showValue(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Turns zod's issues into plain-language problems that name the field path and value. */
export function problemsFromZod(
  error: z.ZodError,
  input: unknown,
  where: { file: string; id?: string; pathPrefix?: readonly PropertyKey[] },
): Problem[] {
  return error.issues.map((issue) => {
    const fullPath = [...(where.pathPrefix ?? []), ...issue.path];
    const value = valueAt(input, issue.path);
    let message: string;
    switch (issue.code) {
      case 'invalid_type':
        message = value === undefined
          ? `is missing (expected ${EXPECTED[issue.expected] ?? issue.expected})`
          : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kindOf(value)}`;
        break;
      case 'unrecognized_keys':
        message = `${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length > 1 ? 'are not known fields' : 'is not a known field'} (check the spelling against data/README.md)`;
        break;
      case 'invalid_value':
        message = `${showValue(value)} is not one of ${issue.values.map((v) => showValue(v)).join(', ')}`;
        break;
      default:
        message = issue.message.startsWith('is ') ? `${showValue(value)} ${issue.message}` : issue.message;
    }
    return { file: where.file, id: where.id, path: formatPath(fullPath), message };
  });
}
