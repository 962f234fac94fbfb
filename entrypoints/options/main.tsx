import { render } from 'preact';
import { Options } from './Options.tsx';
import '../popup/style.css';

render(<Options />, document.getElementById('app')!);
