/** The popup's routes (and the overlay's verdict, which shares the popup's checks), for the
 * router's table: `{ ...core, ...popupRoutes(viewOf) }`. */
import { overlayVerdictRoute } from './overlay-verdict';
import { archiveRoute, checksRunRoute, type ViewLookup } from './popup-checks';
import { clearSiteCacheRoute, clearSiteDataRoute } from './popup-site-data';
import { neverRetryRoute, openPrivateRoute, reloadBypassCacheRoute } from './popup-tab-actions';

export function popupRoutes(viewOf: ViewLookup) {
  return {
    'checks/run': checksRunRoute(viewOf),
    'overlay/verdict': overlayVerdictRoute(viewOf),
    'popup/archive': archiveRoute,
    'popup/clear-site-cache': clearSiteCacheRoute,
    'popup/clear-site-data': clearSiteDataRoute,
    'popup/reload-bypass-cache': reloadBypassCacheRoute,
    'popup/open-private': openPrivateRoute,
    'popup/never-retry': neverRetryRoute,
  };
}
