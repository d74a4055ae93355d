import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from '@/components/ConfirmDialog';

/** A page with a button that asks before doing something for good. */
function Asking({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        Xoá
      </button>
      <ConfirmDialog
        question={asking ? 'Xoá hoạt động “Trồng cây”?' : null}
        confirm="Xoá hoạt động"
        cancel="Không xoá"
        onConfirm={() => {
          setAsking(false);
          onConfirm();
        }}
        onCancel={() => {
          setAsking(false);
          onCancel();
        }}
      />
    </>
  );
}

function open() {
  const calls = { onConfirm: vi.fn(), onCancel: vi.fn() };
  render(<Asking {...calls} />);
  const opener = screen.getByRole('button', { name: 'Xoá' });
  opener.focus();
  fireEvent.click(opener);
  const dialog = document.querySelector('dialog')!;
  return { ...calls, opener, dialog };
}

describe('the question asked before something is undone for good', () => {
  it('opens as a modal dialog named by its question, the safe choice focused', () => {
    const { dialog } = open();
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('alertdialog', { name: 'Xoá hoạt động “Trồng cây”?' })).toBe(dialog);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Không xoá' }));
  });

  it('cancels with its safe choice and gives the focus back to what opened it', () => {
    const { dialog, opener, onConfirm, onCancel } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Không xoá' }));
    expect(dialog.open).toBe(false);
    expect([onCancel.mock.calls.length, onConfirm.mock.calls.length]).toEqual([1, 0]);
    expect(document.activeElement).toBe(opener);
  });

  it('cancels with Escape (the dialog’s cancel event) and gives the focus back', () => {
    const { dialog, opener, onConfirm, onCancel } = open();
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(dialog.open).toBe(false);
    expect([onCancel.mock.calls.length, onConfirm.mock.calls.length]).toEqual([1, 0]);
    expect(document.activeElement).toBe(opener);
  });

  it('does it only when told to', () => {
    const { dialog, onConfirm, onCancel } = open();
    fireEvent.click(screen.getByRole('button', { name: 'Xoá hoạt động' }));
    expect(dialog.open).toBe(false);
    expect([onCancel.mock.calls.length, onConfirm.mock.calls.length]).toEqual([0, 1]);
  });
});
