/** The firm's contacts as a table with a filter, 100 rows at a time; and what to do when there are none. */
import { useId, useState } from 'react';
import { Empty } from '../../../components/states';
import { filterContacts, pageOf, profileHref, type Contact } from '../contacts-view';

export function ContactsTable({ firmName, contacts }: { firmName: string; contacts: readonly Contact[] }) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const matching = filterContacts(contacts, filter);
  const shown = pageOf(matching, page);
  const all = contacts.length.toLocaleString('en');
  const summary =
    matching.length === contacts.length
      ? `${all} ${contacts.length === 1 ? 'contact' : 'contacts'}`
      : `${matching.length.toLocaleString('en')} of ${all} contacts match`;
  return (
    <>
      <p className="contacts-filter">
        <label htmlFor={`${id}-filter`}>Filter by name, organization, position or e-mail</label>{' '}
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setPage(0);
          }}
        />
      </p>
      <p className="quiet" aria-live="polite">
        {summary}
        {shown.pages > 1 ? `; showing ${shown.first.toLocaleString('en')}–${shown.last.toLocaleString('en')}` : ''}.
      </p>
      {matching.length === 0 ? (
        <p>No contact matches “{filter.trim()}”.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="contacts-table">
            <caption id={`${id}-caption`}>Contacts of {firmName}, by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organization</th>
                <th scope="col">Position</th>
                <th scope="col">E-mail</th>
                <th scope="col">Profile</th>
                <th scope="col">Connected on</th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((c) => (
                <ContactRow key={c.id} contact={c} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown.pages > 1 ? (
        <nav className="pager" aria-label="Pages of contacts">
          <button type="button" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            Previous 100
          </button>
          <span>
            Page {shown.page + 1} of {shown.pages.toLocaleString('en')}
          </span>
          <button type="button" disabled={shown.page >= shown.pages - 1} onClick={() => setPage(shown.page + 1)}>
            Next 100
          </button>
        </nav>
      ) : null}
    </>
  );
}

function ContactRow({ contact: c }: { contact: Contact }) {
  const href = profileHref(c.profileUrl);
  return (
    <tr data-contact={c.id}>
      <th scope="row">{c.name}</th>
      <td>{c.organization ?? ''}</td>
      <td>{c.position ?? ''}</td>
      <td className="contact-emails">
        {c.emails.map((email) => (
          <span key={email}>{email}</span>
        ))}
      </td>
      <td>
        {href === undefined ? (
          (c.profileUrl ?? '')
        ) : (
          <a href={href} target="_blank" rel="noopener noreferrer">
            Profile<span className="visually-hidden"> of {c.name}</span>
          </a>
        )}
      </td>
      <td>{c.connectedOn === null ? '' : <time dateTime={c.connectedOn}>{c.connectedOn}</time>}</td>
    </tr>
  );
}

/** The empty list: where each kind of contact export comes from. */
export function NoContacts({ firmName, canImport }: { firmName: string; canImport: boolean }) {
  if (!canImport) return <Empty title={`${firmName} has no contacts yet.`} />;
  return (
    <Empty title={`${firmName} has no contacts yet.`}>
      <p>Import a contact file above. Export it yourself from the service that holds your contacts:</p>
      <ul className="export-howto">
        <li>
          <strong>LinkedIn</strong>: Settings &amp; Privacy → Data privacy → Get a copy of your data → choose Connections → Request archive. LinkedIn sends a
          link to the archive, which holds <code>Connections.csv</code>.
        </li>
        <li>
          <strong>Phones, Apple Contacts and Outlook</strong>: export the contacts as a vCard file (<code>.vcf</code>) — on a Mac, File → Export → Export vCard;
          on iCloud.com, select the contacts and choose Export vCard; on Android, Contacts → Export. Outlook’s People → Export contacts gives an Outlook CSV,
          which is taken too.
        </li>
        <li>
          <strong>Google Contacts</strong>: Export → Google CSV (or vCard).
        </li>
      </ul>
      <p>Foothold reads only the files you export yourself; it never signs in to these services.</p>
    </Empty>
  );
}
