import { render } from 'preact';
import { App } from './App';

// The clock is read here, at the edge, and nowhere in the logic.
render(<App now={() => Date.now()} />, document.getElementById('app')!);
