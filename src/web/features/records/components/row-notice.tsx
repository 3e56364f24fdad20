/** A message about one row, under it: why a delete was refused (the server names what still refers to the record). */
export function RowNotice({ columns, notice, onDismiss }: { columns: number; notice: string | undefined; onDismiss: () => void }) {
  if (notice === undefined) return null;
  return (
    <tr className="row-notice">
      <td colSpan={columns}>
        <div className="write-error" role="alert">
          <p>
            <strong>Not deleted.</strong> {notice}
          </p>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      </td>
    </tr>
  );
}
