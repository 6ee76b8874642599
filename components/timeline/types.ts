import type { Domain } from '@/lib/timeline/domain';
import type { TimelineEventView } from '@/lib/explorer/derive';

/** An event as the timeline draws it (see lib/explorer/derive). */
export type TimelineEvent = TimelineEventView;

export interface TimelineEra {
  id: string;
  label: string;
  from: number;
  to: number;
}

export interface TimelineLabels {
  region: string;
  regionContext: string;
  zoomIn: string;
  zoomOut: string;
  zoomAll: string;
  /** Said beside the years while the window is fitted to the filtered events. */
  fitted: string;
  overview: string;
  focus: string;
  moreEvents: (n: number) => string;
  instructions: string;
  yearsShown: (from: number, to: number) => string;
  perYearCount: (year: number, n: number) => string;
  /** The month names of month ticks, January first. */
  months: readonly string[];
}

export type DomainChange = (domain: Domain, continuous: boolean) => void;
