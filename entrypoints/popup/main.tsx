import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../components/popup.css';
import { uiLanguage } from '../../utils/core/ui-language';

// Screen readers and hyphenation follow the language the messages are in.
document.documentElement.lang = uiLanguage();

const root = document.getElementById('app');
if (root) render(<Popup />, root);
