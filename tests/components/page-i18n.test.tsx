import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { usePageI18n } from '@/components/i18n/context';
import type { Language } from '@/storage/types';

// Issue #17: a language chosen in the settings does not take the page down while its strings
// load (which threw the focus to the page top); the language before stays until then.

function Page({ lang }: { lang: Language }) {
  const i18n = usePageI18n(lang, true);
  return <p data-testid="shown">{i18n ? `${i18n.lang}: ${i18n.t('nav.settings')}` : 'nothing'}</p>;
}

describe('the page’s language', () => {
  it('keeps the language before while the new one loads, then shows the new one', async () => {
    const { rerender } = render(<Page lang="vi" />);
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('vi: Cài đặt'));
    rerender(<Page lang="en" />);
    // At once: still the page in Vietnamese, not nothing.
    expect(screen.getByTestId('shown').textContent).toBe('vi: Cài đặt');
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('en: Settings'));
  });

  it('shows nothing before the first strings have loaded', () => {
    render(<Page lang="en" />);
    expect(screen.getByTestId('shown').textContent).toBe('nothing');
  });
});
