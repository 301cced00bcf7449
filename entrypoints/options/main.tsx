import { render } from 'preact';
import { i18n } from '#i18n';
import { Options } from '../../components/Options';
import '../../components/options.css';
import { uiLanguage } from '../../utils/core/ui-language';

document.documentElement.lang = uiLanguage();
document.title = i18n.t('options.title');

const root = document.getElementById('app');
if (root) render(<Options />, root);
