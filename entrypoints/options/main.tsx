import { render } from 'preact';
import { t } from '../../src/extension/i18n.ts';
import '../../src/extension/ui.css';
import './style.css';
import { App } from './App.tsx';

document.title = t('optionsTitle');
document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
