import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '@/components/ErrorBoundary';

function Broken({ data }: { data: { items?: string[] } }) {
  return <p>{data.items!.map((item) => item).join(', ')}</p>;
}

describe('a part of a page that throws (issue #10)', () => {
  it('shows the fallback instead of leaving the page blank', () => {
    render(
      <ErrorBoundary fallback={<p role="alert">Không đọc được</p>}>
        <Broken data={{}} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Không đọc được');
  });

  it('tries again when its data changes, and shows the part once it can', () => {
    const page = (data: { items?: string[] }) => (
      <ErrorBoundary resetKey={data} fallback={<p role="alert">Không đọc được</p>}>
        <Broken data={data} />
      </ErrorBoundary>
    );
    const { rerender } = render(page({}));
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(page({ items: ['túi vải', 'bình nước'] }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('túi vải, bình nước')).toBeTruthy();
  });
});
