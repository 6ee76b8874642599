'use client';
import { memo, useState, type KeyboardEvent } from 'react';

interface Props {
  from: number;
  to: number;
  min: number;
  max: number;
  labels: { legend: string; from: string; to: string; hint: string };
  onChange: (from: number, to: number) => void;
}

/**
 * The accessible twin of the overview's brush: two year fields. Arrow keys step a year,
 * Page Up / Page Down a decade; the change applies when the value is complete. Rendered again
 * only when the range or its bounds change: React writes a text field's name and type again at
 * every render, and the timeline renders at every filter change.
 */
export const YearRange = memo(function YearRange({ from, to, min, max, labels, onChange }: Props) {
  const [draft, setDraft] = useState({ from: String(from), to: String(to) });
  // When the range changes elsewhere (brush, zoom, back button), show it: adjust during render.
  const [shown, setShown] = useState({ from, to });
  if (shown.from !== from || shown.to !== to) {
    setShown({ from, to });
    setDraft({ from: String(from), to: String(to) });
  }

  function commit(next: { from: string; to: string }) {
    const a = Number(next.from);
    const b = Number(next.to);
    if (!Number.isInteger(a) || !Number.isInteger(b) || next.from.length !== 4 || next.to.length !== 4) return;
    const lo = Math.min(Math.max(Math.min(a, b), min), max);
    const hi = Math.min(Math.max(Math.max(a, b), min), max);
    if (lo !== from || hi !== to) onChange(lo, hi);
  }

  function onKeyDown(side: 'from' | 'to', event: KeyboardEvent<HTMLInputElement>) {
    const step = event.key === 'PageUp' ? 10 : event.key === 'PageDown' ? -10 : event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    if (step === 0) {
      if (event.key === 'Enter') commit(draft);
      return;
    }
    event.preventDefault();
    const value = Math.min(Math.max(Number(draft[side]) + step, min), max);
    const next = { ...draft, [side]: String(value) };
    setDraft(next);
    commit(next);
  }

  return (
    <fieldset className="year-range">
      <legend className="visually-hidden">{labels.legend}</legend>
      <label>
        {labels.from}{' '}
        <input
          type="text"
          inputMode="numeric"
          pattern="[0-9]{4}"
          maxLength={4}
          size={4}
          value={draft.from}
          aria-describedby="year-range-hint"
          onChange={(e) => setDraft({ ...draft, from: e.target.value.replace(/\D/g, '') })}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => onKeyDown('from', e)}
        />
      </label>
      <label>
        {labels.to}{' '}
        <input
          type="text"
          inputMode="numeric"
          pattern="[0-9]{4}"
          maxLength={4}
          size={4}
          value={draft.to}
          aria-describedby="year-range-hint"
          onChange={(e) => setDraft({ ...draft, to: e.target.value.replace(/\D/g, '') })}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => onKeyDown('to', e)}
        />
      </label>
      <span id="year-range-hint" className="visually-hidden">{labels.hint}</span>
    </fieldset>
  );
});
