/** A list of downloads, each a button-styled link with a word on what the file is for. */
export interface Download {
  href: string;
  /** Shown as "Download {label}", which is also the link's accessible name. */
  label: string;
  what: string;
}

export function DownloadList({ downloads }: { downloads: readonly Download[] }) {
  return (
    <ul className="downloads">
      {downloads.map(({ href, label, what }) => (
        <li key={href}>
          <a className="button" href={href} download>
            Download {label}
          </a>{' '}
          <span className="quiet">{what}</span>
        </li>
      ))}
    </ul>
  );
}
