import { render } from 'preact'; render(<p>Second Source</p>, document.getElementById('app')!);
