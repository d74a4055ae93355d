import { render } from 'preact';
import { App } from './App';

render(<App now={() => Date.now()} />, document.getElementById('app')!);
