import { render } from 'preact';
import '../../src/extension/ui.css';
import './style.css';
import { Popup } from './Popup.tsx';

document.documentElement.lang = navigator.language;
render(<Popup />, document.getElementById('app')!);
