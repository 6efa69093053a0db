/** Popup entry: paint at once; everything slow happens inside App after the first frame. */
import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { setDocumentLanguage, t } from '../ui/i18n';
import { App } from './app';

document.title = t('extName');
setDocumentLanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
// The e2e run reads this mark to report the popup's first paint (target under 100 ms:
// docs/design.md, "Budgets").
requestAnimationFrame(() => performance.mark('comeback-popup-painted'));
