/**
 * The bench's instrumentation, run in the page before any of the page's own scripts
 * (scripts/bench/measure.mjs loads this file with Playwright's addInitScript({ path })). A plain
 * browser script, no modules: it sets window.__bench (commits, long tasks, first render, errors)
 * and window.__benchApi (sample, settle, timeIt), which the bench calls through page.evaluate.
 *
 * How an interaction is timed: t0 = performance.now(), then the input is dispatched. A stub
 * __REACT_DEVTOOLS_GLOBAL_HOOK__ (React calls it in production too) counts commits and reads the
 * root's pendingLanes, so a sample waits for the URL-driven transition render as well as the
 * synchronous one, and ends at the first frame after the last commit (rAF, then a task after the
 * paint). See scripts/bench.mjs for what paint, work, busy, task and frame mean.
 */
(() => {
  const bench = {
    commits: 0,
    lastCommitAt: 0,
    lastCommitTaskEnd: 0,
    lastPending: 0,
    longTasks: [],
    firstRender: null,
    errors: [],
  };
  window.__bench = bench;

  // A minimal React DevTools hook: React (production too) calls onCommitFiberRoot after each commit.
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      bench.commits += 1;
      bench.lastCommitAt = performance.now();
      // The end of the JavaScript that made this commit (React flushes a discrete update's effects
      // in the same task): the main thread is free for the browser's frame from then on.
      queueMicrotask(() => { bench.lastCommitTaskEnd = performance.now(); });
      bench.lastPending = root && typeof root.pendingLanes === 'number' ? root.pendingLanes : 0;
      bench.onCommit?.();
    },
  };

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    bench.errors.push(`longtask observer: ${e}`);
  }
  window.addEventListener('error', (e) => bench.errors.push(String(e.message)));

  // First render. The check runs in the frames after each React commit (the timeline, the map's
  // status and its markers all arrive with a commit or its effects), never by polling every frame:
  // a querySelector per frame over a server-rendered list of 10,000 events would itself cost
  // seconds. A slow interval is a safety net.
  const firstRenderReady = () =>
    !!document.querySelector('.map-frame[data-status="ready"]') &&
    !!document.querySelector('.focus-view g.item, .focus-view .cluster') &&
    !!document.querySelector('.leaflet-marker-icon');
  let framesToCheck = 0;
  const check = () => {
    if (bench.firstRender !== null) return;
    if (firstRenderReady()) { bench.firstRender = performance.now(); bench.firstRenderBy = 'frame after commit'; }
    else if (--framesToCheck > 0) requestAnimationFrame(check);
  };
  bench.onCommit = () => {
    if (bench.firstRender !== null) return;
    const idle = framesToCheck <= 0;
    framesToCheck = 30;
    if (idle) requestAnimationFrame(check);
  };
  const safetyNet = setInterval(() => {
    if (bench.firstRender !== null) clearInterval(safetyNet);
    else if (document.readyState !== 'loading' && firstRenderReady()) { bench.firstRender = performance.now(); bench.firstRenderBy = 'safety-net interval'; }
  }, 1000);

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame((t) => resolve(t)));
  const afterPaint = () => new Promise((resolve) => setTimeout(resolve, 0));

  /**
   * Dispatches `act` and resolves when React is done with it: at least one commit, no pending
   * lanes after the last one, and one full frame with no further commit.
   */
  async function timeIt(act) {
    const c0 = bench.commits;
    const t0 = performance.now();
    act();
    const sync = performance.now() - t0;
    const frames = []; // [rAF time, after-paint time]
    let seen = bench.commits;
    let quiet = 0;
    for (;;) {
      const raf = await nextFrame();
      const rafNow = performance.now();
      await afterPaint();
      frames.push([rafNow, performance.now()]);
      const now = performance.now();
      if (bench.commits !== seen) { seen = bench.commits; quiet = 0; continue; }
      quiet += 1;
      const done = seen > c0 && bench.lastPending === 0 && quiet >= 1;
      if (done) break;
      if (seen === c0 && now - t0 > 1500) return { error: 'no React commit', sync };
      if (now - t0 > 10000) return { error: 'timeout (pending lanes never cleared)', sync, commits: seen - c0 };
      void raf;
    }
    const lastCommit = bench.lastCommitAt;
    // The paint that shows the last commit: the first frame whose rAF ran after it.
    const frame = frames.find(([r]) => r > lastCommit) ?? frames[frames.length - 1];
    // busy: the main thread's time for the interaction without the wait for the display's next
    // frame: the page's JavaScript up to the end of the task of React's last commit (effects
    // included), plus that frame's own work (other rAF callbacks, style, layout, paint).
    const taskEnd = Math.max(bench.lastCommitTaskEnd, lastCommit);
    return { paint: frame[1] - t0, work: lastCommit - t0, busy: taskEnd - t0 + (frame[1] - frame[0]), task: taskEnd - t0, frame: frame[1] - frame[0], sync, commits: seen - c0 };
  }

  /** Waits until no commit has happened for `quietMs` (and at least `minMs`), at most `maxMs`. */
  async function settle(minMs = 50, quietMs = 200, maxMs = 3000) {
    const start = performance.now();
    await new Promise((r) => setTimeout(r, minMs));
    for (;;) {
      const c = bench.commits;
      await new Promise((r) => setTimeout(r, quietMs));
      if (bench.commits === c || performance.now() - start > maxMs) return;
    }
  }

  const setInput = (el, value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };

  function pointerClick(el) {
    const r = el.getBoundingClientRect();
    const init = { bubbles: true, cancelable: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX: r.left + Math.min(4, r.width / 2), clientY: r.top + r.height / 2 };
    el.dispatchEvent(new PointerEvent('pointerdown', init));
    el.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0 }));
    el.dispatchEvent(new MouseEvent('click', init));
  }

  const selected = new Set();
  /**
   * One sample of an interaction; `i` alternates the direction so the state toggles back.
   * `ids` (the bench's --select-ids) pins the selections to those events, in turn, warm-ups
   * included, so that two builds can be compared on the same clicks.
   */
  async function sample(kind, i, facet, ids) {
    const on = i % 2 === 0;
    switch (kind) {
      case 'filter': {
        const el = document.querySelector(`input[data-facet="${facet.facet}"][data-value="${facet.value}"]`);
        if (!el) return { error: `no checkbox ${facet.facet}=${facet.value}` };
        if (el.checked === on) return { error: 'checkbox state out of step' };
        return timeIt(() => el.click());
      }
      case 'search': {
        const el = document.getElementById('search-input');
        if (!el) return { error: 'no #search-input' };
        const value = on ? `${el.value}w` : el.value.slice(0, -1);
        return timeIt(() => setInput(el, value));
      }
      case 'zoom': {
        const el = document.querySelector(`button[aria-label="${on ? 'Zoom in' : 'Zoom out'}"]`);
        if (!el) return { error: 'no zoom button' };
        if (el.disabled) return { error: 'zoom button disabled' };
        return timeIt(() => el.click());
      }
      case 'select': {
        const items = [...document.querySelectorAll('.focus-view g.item')];
        if (items.length === 0) return { error: 'no timeline item' };
        if (ids && ids.length > 0) {
          const want = ids[i % ids.length];
          const el = items.find((it) => it.dataset.event === want);
          if (!el) return { error: `pinned event ${want} is not in the timeline's view`, id: want };
          const result = await timeIt(() => pointerClick(el));
          const ok = document.querySelector(`.focus-view g.item[data-event="${CSS.escape(want)}"][aria-pressed="true"]`);
          return ok ? { ...result, id: want } : { ...result, id: want, error: result.error ?? 'the item did not become selected' };
        }
        // A different item each time, spread across the visible ones.
        let pick = items.find((it, k) => k >= (i * 7) % items.length && it.getAttribute('aria-pressed') !== 'true' && !selected.has(it.dataset.event));
        pick ??= items.find((it) => it.getAttribute('aria-pressed') !== 'true');
        if (!pick) return { error: 'no unselected item' };
        selected.add(pick.dataset.event);
        const id = pick.dataset.event;
        const result = await timeIt(() => pointerClick(pick));
        const ok = document.querySelector(`.focus-view g.item[data-event="${CSS.escape(id)}"][aria-pressed="true"]`);
        return ok ? { ...result, id } : { ...result, id, error: result.error ?? 'the item did not become selected' };
      }
      default:
        return { error: `unknown interaction ${kind}` };
    }
  }

  window.__benchApi = { sample, settle, timeIt };
})();
