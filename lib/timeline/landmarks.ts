/**
 * The events the site's tagline (1780–2005) and its design name as the paper's story: the
 * 1780–81 uprisings, the state of 1952, the 1964 pact, Tolata, El Alto, the Water War and both
 * Gas Wars. The timeline lays them out before all others (after the selection), so at the
 * opening window they show by name and the rest fill the lanes left or fold into "+N". Ids of
 * another dataset simply match nothing.
 */
export const LANDMARK_EVENTS: readonly string[] = [
  'katari-sisa-uprising',
  'state-of-1952',
  'military-peasant-pact',
  'tolata-massacre',
  'el-alto-growth',
  'water-war',
  'gas-war-2003',
  'gas-war-2005',
];
