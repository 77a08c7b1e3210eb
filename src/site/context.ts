import type { DateFormatter } from '../html/format.js';
import type { NavLink, SiteInfo } from '../html/shell.js';
import type { Section } from '../store/index.js';

/** What every reader page needs besides its own data. */
export interface PageContext {
  readonly site: SiteInfo;
  readonly nav: readonly NavLink[];
  readonly dates: DateFormatter;
  readonly sections: readonly Section[];
  readonly supportAppeal: { readonly text: string; readonly linkText: string; readonly url: string };
}
