import { render } from 'preact';
import { Options } from '../../components/Options';
import '../../components/options.css';

const root = document.getElementById('app');
if (root) render(<Options />, root);
