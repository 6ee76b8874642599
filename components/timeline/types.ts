import type { Domain } from '@/lib/timeline/domain';
import type { TimelineItem } from '@/lib/timeline/layout';

export interface TimelineEvent extends TimelineItem {
  /** The date in words, for screen readers and tooltips. */
  dateLabel: string;
  scope: 'bolivia' | 'region';
  /** Any of its places comes from outside the paper. */
  outside: boolean;
}

export interface TimelineEra {
  id: string;
  label: string;
  from: number;
  to: number;
}

export interface TimelineLabels {
  region: string;
  zoomIn: string;
  zoomOut: string;
  zoomAll: string;
  overview: string;
  focus: string;
  moreEvents: (n: number) => string;
  instructions: string;
  yearsShown: (from: number, to: number) => string;
  perYearCount: (year: number, n: number) => string;
}

export type DomainChange = (domain: Domain, continuous: boolean) => void;
