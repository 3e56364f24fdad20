/**
 * Contacts: the people the firm and its key people know, brought in from their own contact exports
 * (LinkedIn, vCard, Google, Outlook) — the import with its preview and progress, and the list.
 * Loaded only when first opened.
 */
import { useParams } from 'react-router';
import { FirmNav } from '../../../components/firm-nav';
import { ErrorState, Loading } from '../../../components/states';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useContacts, useFirm } from '../api';
import { ContactImport } from './contact-import';
import { ContactsTable, NoContacts } from './contacts-table';
import './contacts.css';

export default function ContactsPage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const firm = useFirm(workspace, firmId);
  const contacts = useContacts(workspace, firmId);
  const name = firm.data?.record.name ?? firmId;
  const canImport = useCan('write', workspace);
  useTitle(`Contacts — ${name}`);
  const failed = firm.isError ? firm : contacts.isError ? contacts : undefined;
  if (failed !== undefined) {
    return (
      <article className="contacts-page">
        <h1>{name}</h1>
        <ErrorState error={failed.error} retry={() => void failed.refetch()} />
      </article>
    );
  }
  return (
    <article className="contacts-page">
      <h1>{name}</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">
        The people {name} and its key people know, from their own contact exports. Each becomes an actor with a tie from the firm or a key person, and a member
        of an organization for their company, so that warm paths to a company go through the people who work there. Importing a newer export again adds only who
        is new and updates changed positions.
      </p>
      {firm.data === undefined || !canImport ? null : <ContactImport workspace={workspace} firmId={firmId} firmName={name} />}
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">Contacts</h2>
        {contacts.data === undefined ? (
          <Loading what="the contacts" />
        ) : contacts.data.length === 0 ? (
          <NoContacts firmName={name} canImport={canImport} />
        ) : (
          <ContactsTable firmName={name} contacts={contacts.data} />
        )}
      </section>
    </article>
  );
}
