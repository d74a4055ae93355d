import { render } from 'preact';
import { ClockProvider } from '@/components/clock';
import { App } from './App';

render(
  <ClockProvider value={() => Date.now()}>
    <App />
  </ClockProvider>,
  document.getElementById('app')!,
);
