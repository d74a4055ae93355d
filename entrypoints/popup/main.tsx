import { render } from 'preact';
import { App } from './App';
import { Guard } from './Guard';

// The clock is read here, at the edge, and nowhere in the logic.
render(
  <Guard>
    <App now={() => Date.now()} />
  </Guard>,
  document.getElementById('app')!,
);
