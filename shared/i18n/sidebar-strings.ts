/**
 * The add-on sidebars' own strings: Set up, Settings, Connect a coach, Record a check-in and Plan
 * health. The sidebars import `t` from here, not from ./index, so the clipper's, local mode's and the
 * reader's strings stay out of every sidebar page Sheets downloads; a key outside these concepts
 * does not compile in a sidebar. Every key here is also a key of the whole table.
 */
import { coachStrings } from './concepts/coaches';
import { dashboardStrings } from './concepts/dashboard';
import { keyResultStrings } from './concepts/key-results';
import { planHealthStrings } from './concepts/plan-health';
import { settingsStrings } from './concepts/settings';
import { setupStrings } from './concepts/setup';
import { translator } from './translator';

const sidebarStrings = {
  ...setupStrings,
  ...settingsStrings,
  ...coachStrings,
  ...keyResultStrings,
  ...planHealthStrings,
  ...dashboardStrings,
};

/** A key of the sidebars' strings. */
export type SidebarKey = keyof typeof sidebarStrings;

/** The sidebar string for `key` in `locale`, with {placeholders} filled. */
export const t = translator(sidebarStrings).t;
