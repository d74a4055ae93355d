import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** The question; the dialog is open while there is one. */
  question: string | null;
  /** The button that does it ("Xoá"), never the one that takes the focus. */
  confirm: string;
  /** The safe choice ("Huỷ"): it takes the focus when the dialog opens. */
  cancel: string;
  onConfirm: () => void;
  /** Cancel, Escape or the dialog closed otherwise; the focus is already back where it was. */
  onCancel: () => void;
  /** Makes the ids inside unique when a page has more than one. */
  id?: string;
}

/**
 * The question asked before something is undone for good (an activity and its photos deleted):
 * a native modal `<dialog>`, so the page behind is inert and Escape cancels. The safe choice has
 * the focus; on cancel the focus goes back to what opened the dialog, and on confirm the caller
 * says where it goes (the thing it came from is gone) and tells the outcome in a status.
 */
export function ConfirmDialog({ question, confirm, cancel, onConfirm, onCancel, id = 'confirm' }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = question !== null;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement as HTMLElement | null;
      // A close by Escape leaves the value as it was: start from none.
      d.returnValue = '';
      d.showModal();
      safe.current?.focus();
    } else if (!open && d.open) {
      d.close('gone');
    }
  }, [open]);

  function closed() {
    const value = dialog.current?.returnValue;
    if (value === 'gone') return;
    if (value === 'confirm') return onConfirm();
    // Chromium gives the focus back itself; other browsers and happy-dom may not.
    if (opener.current?.isConnected) opener.current.focus();
    onCancel();
  }

  return (
    <dialog
      ref={dialog}
      class="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      onClose={closed}
      onCancel={(event) => {
        event.preventDefault();
        dialog.current?.close('cancel');
      }}
    >
      <p id={`${id}-question`}>{question}</p>
      <div class="row">
        <button type="button" ref={safe} onClick={() => dialog.current?.close('cancel')}>
          {cancel}
        </button>
        <button type="button" class="danger" onClick={() => dialog.current?.close('confirm')}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
