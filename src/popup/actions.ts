/**
 * The popup's side of the guide's buttons: each sends one typed message to the background,
 * which does the work (so it finishes even if the popup closes, e.g. when a window opens).
 */
import { send, type ActionResult } from '../shared/messages';

export type PopupAction = 'site/clear-cache' | 'site/clear-data' | 'tab/reload-bypass-cache' | 'tab/open-private' | 'site/never-retry';

/** Runs an action; a message that fails to arrive (background restarting) counts as failed. */
export async function runAction(type: PopupAction, tabId: number, origin: string): Promise<ActionResult> {
  try {
    // The origin the popup showed: the background refuses if the tab has moved to another site.
    return await send(type, { tabId, origin });
  } catch (error) {
    console.error('Comeback: action failed', type, error);
    return { ok: false, error: 'failed' };
  }
}

/** The message key explaining a failed action. */
export function actionErrorKey(result: ActionResult): string | null {
  if (result.ok) return null;
  switch (result.error) {
    case 'private-not-allowed': return 'pp_error_private_not_allowed';
    case 'no-tab': return 'pp_error_no_tab';
    case 'not-web-page': return 'pp_error_not_web_page';
    case 'tab-moved': return 'pp_error_tab_moved';
    case 'form-page': return 'pp_error_form_page';
    case 'permission-denied': return 'pp_error_permission_denied';
    case 'failed': return 'pp_error_failed';
  }
}
