import { render } from 'preact';
import { ClockProvider } from '@/components/clock';
import { App } from './App';
import { Guard } from './Guard';

// The clock is read here, at the edge, and nowhere in the logic.
render(
  <Guard>
    <ClockProvider value={() => Date.now()}>
      <App />
    </ClockProvider>
  </Guard>,
  document.getElementById('app')!,
);
