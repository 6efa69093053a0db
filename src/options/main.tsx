/** Options page entry. */
import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { setDocumentLanguage, t } from '../ui/i18n';
import { App } from './app';

document.title = t('set_title');
setDocumentLanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
