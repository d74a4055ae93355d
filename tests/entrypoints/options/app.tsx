import { render } from '@testing-library/preact';
import { type Clock, ClockProvider } from '@/components/clock';
import { App } from '@/entrypoints/options/App';

/** The options page as `main.tsx` renders it, on the test's clock. */
export function renderApp(now: Clock) {
  return render(
    <ClockProvider value={now}>
      <App />
    </ClockProvider>,
  );
}
