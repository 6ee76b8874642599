'use client';
import { startTransition, useEffect, useState } from 'react';

/** Runs `advance` later; returns what cancels it (or nothing, if it cannot be cancelled). */
export type Schedule = (advance: () => void) => (() => void) | void;

/** The next stage in a transition of its own: a tap or a keystroke can come before it. */
export const inTransition: Schedule = (advance) => { startTransition(advance); };

/**
 * Set-up in steps: how many of `stages` stages are mounted, one more each time `schedule` runs
 * the next, until all are. A heavy mount (Leaflet measuring its container, the basemap's
 * overlays, the markers) becomes several short tasks instead of one long one.
 * Stages = 0 waits (nothing to mount yet); a larger `stages` later carries on from where it was.
 */
export function useStagedMount(stages: number, schedule: Schedule): number {
  const [stage, setStage] = useState(0);
  useEffect(function mountNextStage() {
    if (stage >= stages) return;
    return schedule(() => setStage((s) => s + 1)) ?? undefined;
  }, [stage, stages, schedule]);
  return Math.min(stage, stages);
}
