'use client';
import { memo } from 'react';
import type { FacetKey, FacetOption } from '@/lib/filter/facets';
import type { FacetGroup } from '@/lib/explorer/snapshot';
import type { Messages } from '@/lib/i18n/messages';
import './FacetPanel.css';

interface Props {
  groups: FacetGroup[];
  counts: Record<FacetKey, ReadonlyMap<string, number>>;
  selected: Record<FacetKey, readonly string[]>;
  t: Messages;
  onToggle: (facet: FacetKey, value: string) => void;
}

/** The panel's one note for screen readers on a value that would give no events. */
const NONE_NOTE_ID = 'facet-none-note';

/**
 * Facets as checkboxes, one group per entry of the facet table (lib/filter/facets). Each value shows how many events it would give with the other filters
 * applied; values that would give none stay visible, marked, rather than silently vanishing.
 */
export const FacetPanel = memo(function FacetPanel({ groups, counts, selected, t, onToggle }: Props) {
  return (
    <div className="facets">
      {/* What a value that would give nothing is described by: one note, never shown, that each
          such checkbox points at (aria-describedby may name a hidden element). */}
      <span id={NONE_NOTE_ID} hidden>{t.noneWouldMatch}</span>
      {groups.map((group) => (
        <fieldset key={`${group.facet}-${group.legend}`} className={`facet facet-${group.facet}`}>
          <legend>{group.legend}</legend>
          <ul>
            {group.options.map((option) => (
              <FacetValue
                key={option.value}
                facet={group.facet}
                option={option}
                n={counts[group.facet].get(option.value) ?? 0}
                checked={selected[group.facet].includes(option.value)}
                t={t}
                onToggle={onToggle}
              />
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
});

interface ValueProps {
  facet: FacetKey;
  option: FacetOption;
  n: number;
  checked: boolean;
  t: Messages;
  onToggle: (facet: FacetKey, value: string) => void;
}

/**
 * One value, rendered again only when its count or its checked state changes; its checkbox,
 * only when its checked state does. React rewrites an input's `name` and `type` attributes
 * (twice each) whenever it renders it again, whatever changed: re-rendering all fifty checkboxes
 * at every zoom step and filter change was 200 attribute writes, and the style recalculation
 * they cause, for a few changed counts.
 *
 * What marks a value that would give nothing is text, a class and an attribute, never a node put
 * in or taken out: the dash is in the count's own text (it was a CSS `::after`, a box built again
 * for each value whose count reached zero), and its checkbox is described by the panel's one
 * hidden note (it was a note of its own, whose text came and went: a box added to or removed from
 * the layout for each value). A department chosen at 37 events turns two dozen values to zero at
 * once.
 */
const FacetValue = memo(function FacetValue({ facet, option, n, checked, t, onToggle }: ValueProps) {
  const id = `facet-${facet}-${option.value}`;
  const zero = n === 0 && !checked;
  return (
    <li className={[option.nested && 'nested', zero && 'zero'].filter(Boolean).join(' ')}>
      <FacetCheckbox id={id} facet={facet} value={option.value} checked={checked} none={n === 0} onToggle={onToggle} />
      <label htmlFor={id}>
        {option.label}{option.department && <span className="visually-hidden">{t.departmentHint}</span>} <span className="facet-count">{`(${t.countIn(n)})${zero ? ' —' : ''}`}</span>
      </label>
    </li>
  );
});

interface CheckboxProps {
  id: string;
  facet: FacetKey;
  value: string;
  checked: boolean;
  /** Would give no events: described as such. */
  none: boolean;
  onToggle: (facet: FacetKey, value: string) => void;
}

const FacetCheckbox = memo(function FacetCheckbox({ id, facet, value, checked, none, onToggle }: CheckboxProps) {
  return (
    <input
      type="checkbox"
      id={id}
      checked={checked}
      onChange={() => onToggle(facet, value)}
      data-facet={facet}
      data-value={value}
      aria-describedby={none ? NONE_NOTE_ID : undefined}
    />
  );
});
