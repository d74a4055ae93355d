/**
 * Saves a file through the page's own download link: no `downloads` permission needed, and the
 * browser asks where to save as it does for any download.
 */
export function downloadFile(
  name: string,
  content: Blob | string,
  type = 'application/json',
  doc: Document = document,
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
