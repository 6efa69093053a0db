/**
 * The shape of a guide step's action on a tab's site (clear its cache, reload, open privately,
 * never retry): one function makes each such route, with the same refusals for all of them.
 */
import { mayAutoRetry } from '../../core/retry-policy';
import { isSiteActionRequest, type Guard } from '../../shared/guards';
import type { ActionResult, SiteActionRequest } from '../../shared/messages';
import { readState } from '../store';
import { sameSite, type TabSite } from '../tab-site';

/**
 * True when the tab's page may be loaded again without sending a form again: the engine saw its
 * request and it was a GET or HEAD (RFC 9110 §9.2.2). A tab the engine has no record of is not an
 * error page Comeback handled; the browser itself asks before resending a form on reload.
 */
async function safeToLoadAgain(tabId: number): Promise<boolean> {
  const tab = (await readState()).tabs[String(tabId)];
  return tab === undefined || mayAutoRetry(tab.method);
}

type ActionError = Extract<ActionResult, { ok: false }>['error'];

/**
 * A guide step's action on the tab's site: `{ tabId, origin }` in, an ActionResult out. It fits
 * routes/route.ts's `Route<K>` for every such message K (the type checks it where it is listed).
 */
interface SiteActionRoute {
  from: 'extension';
  valid: Guard<SiteActionRequest>;
  handle: (payload: SiteActionRequest) => Promise<ActionResult>;
}

export interface SiteActionOptions {
  /** Names a failure more precisely than 'failed'. */
  failure?: (error: unknown) => Promise<ActionError>;
  /** The action loads the page again (reload, reopen): refused for the answer to a form. */
  loadsAgain?: boolean;
}

/**
 * A guide step's action on a tab's site: `act` runs for the tab's web page when it still shows
 * the origin the user saw; a closed tab, a page that is not http(s), a tab that moved to another
 * site, a form's answer (for `loadsAgain`) and any failure come back as an ActionResult the popup
 * can word, and in each of those cases nothing was done.
 */
export function siteActionRoute(
  act: (site: TabSite, tabId: number) => Promise<unknown>,
  { failure = () => Promise.resolve('failed'), loadsAgain = false }: SiteActionOptions = {},
): SiteActionRoute {
  return {
    from: 'extension',
    valid: isSiteActionRequest,
    async handle({ tabId, origin }) {
      const site = await sameSite(tabId, origin);
      if (typeof site === 'string') return { ok: false, error: site };
      if (loadsAgain && !(await safeToLoadAgain(tabId))) return { ok: false, error: 'form-page' };
      try {
        await act(site, tabId);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: await failure(error) };
      }
    },
  };
}
