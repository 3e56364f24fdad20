/**
 * The firm's samples as thesis Tables 2–5 lay them out: who was interviewed and when (Table 2), the
 * secondary sources (Table 3), the key people (Tables 5 and 6) and the value-chain activities
 * (Table 4) — each from the tables route, each with its loading, error and empty state.
 */
import type { ReactNode } from 'react';
import { Empty, ErrorState, Loading } from '../../../components/states';
import { capitalize, countryName, words } from '../../../lib/format';
import { useThesisTable } from '../api';
import { PartialDate } from './partial-date';

const none = <span className="quiet">—</span>;

function TableSection({ id, title, table, children }: { id: string; title: string; table: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} <span className="quiet table-ref">({table})</span>
      </h2>
      {children}
    </section>
  );
}

/** Loading, error, or the content once the query has data. */
function Loaded<T>({
  query,
  what,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError || query.data === undefined) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}

export function InterviewsTable({ workspace, firmId }: { workspace: string; firmId: string }) {
  const table = useThesisTable(workspace, firmId, 2);
  return (
    <TableSection id="interviews" title="Interviews" table="thesis Table 2">
      <Loaded query={table} what="the interviews">
        {({ mainBusiness, interviews }) => (
          <>
            {mainBusiness === undefined ? null : (
              <p>
                <span className="quiet">Main business:</span> {mainBusiness}
              </p>
            )}
            {interviews.length === 0 ? (
              <Empty title="No interviews recorded yet." />
            ) : (
              <Scroll label="Interviews table">
                <thead>
                  <tr>
                    <th scope="col">Interviewee</th>
                    <th scope="col">Participant</th>
                    <th scope="col">Mode</th>
                    <th scope="col">Date and duration</th>
                  </tr>
                </thead>
                <tbody>
                  {interviews.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">{i.interviewee}</th>
                      <td>{i.participantId ?? none}</td>
                      <td>{i.mode === undefined ? none : capitalize(words(i.mode))}</td>
                      <td>
                        {i.sessions.length === 0 ? (
                          i.date === undefined ? (
                            <span className="quiet">not recorded</span>
                          ) : (
                            <PartialDate date={i.date} />
                          )
                        ) : (
                          <ul className="plain-list" aria-label={`Sessions with ${i.interviewee}`}>
                            {i.sessions.map((s, k) => (
                              <li key={k}>
                                <PartialDate date={s.date} />
                                {s.durationMinutes === undefined ? '' : ` – ${s.durationMinutes} min`}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Scroll>
            )}
          </>
        )}
      </Loaded>
    </TableSection>
  );
}

export function SecondarySourcesTable({ workspace, firmId }: { workspace: string; firmId: string }) {
  const table = useThesisTable(workspace, firmId, 3);
  return (
    <TableSection id="documents" title="Documents and other sources" table="thesis Table 3">
      <Loaded query={table} what="the documents">
        {({ sources, reportedIn }) => (
          <>
            {sources.length === 0 ? (
              <Empty title="No documents recorded yet." />
            ) : (
              <Scroll label="Documents table">
                <thead>
                  <tr>
                    <th scope="col">Title</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Author or publisher</th>
                    <th scope="col">Date</th>
                  </tr>
                </thead>
                <tbody>
                  {sources.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">{s.url === undefined ? s.title : <a href={s.url}>{s.title}</a>}</th>
                      <td>{capitalize(words(s.kind))}</td>
                      <td>{[s.author, s.publisher].filter((x) => x !== undefined).join('; ') || none}</td>
                      <td>{s.date === undefined ? none : <PartialDate date={s.date} />}</td>
                    </tr>
                  ))}
                </tbody>
              </Scroll>
            )}
            {reportedIn.length === 0 ? null : (
              <p className="quiet">The interviews are known through {reportedIn.map((r) => `“${r.title}”`).join(' and ')}, which reports them.</p>
            )}
          </>
        )}
      </Loaded>
    </TableSection>
  );
}

export function KeyPeopleTable({ workspace, firmId }: { workspace: string; firmId: string }) {
  const table = useThesisTable(workspace, firmId, 5);
  return (
    <TableSection id="key-people" title="Key people" table="thesis Tables 5 and 6">
      <Loaded query={table} what="the key people">
        {(people) =>
          people.length === 0 ? (
            <Empty title="No key people recorded yet." />
          ) : (
            <Scroll label="Key people table">
              <thead>
                <tr>
                  <th scope="col">Position</th>
                  <th scope="col">Degree</th>
                  <th scope="col">Experience</th>
                  <th scope="col">International networking</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.role}
                      {p.name === undefined && p.participantId === undefined ? null : (
                        <div className="quiet">{[p.name, p.participantId].filter((x) => x !== undefined).join(', ')}</div>
                      )}
                    </th>
                    <td>{p.education ?? none}</td>
                    <td>{p.experience ?? none}</td>
                    <td>{p.internationalNetworking ?? none}</td>
                  </tr>
                ))}
              </tbody>
            </Scroll>
          )
        }
      </Loaded>
    </TableSection>
  );
}

export function ActivitiesTable({ workspace, firmId }: { workspace: string; firmId: string }) {
  const table = useThesisTable(workspace, firmId, 4);
  return (
    <TableSection id="activities" title="Value-chain activities" table="thesis Table 4">
      <Loaded query={table} what="the activities">
        {(activities) =>
          activities.length === 0 ? (
            <Empty title="No value-chain activities recorded yet." />
          ) : (
            <Scroll label="Activities table">
              <thead>
                <tr>
                  <th scope="col">Activity</th>
                  <th scope="col">Where</th>
                  <th scope="col">Role</th>
                  <th scope="col">Partners</th>
                </tr>
              </thead>
              <tbody>
                {activities.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.activity}</th>
                    <td>{[...a.countries.map(countryName), ...a.regions].join(', ') || none}</td>
                    <td>{a.role ?? none}</td>
                    <td>{a.partners.join(', ') || none}</td>
                  </tr>
                ))}
              </tbody>
            </Scroll>
          )
        }
      </Loaded>
    </TableSection>
  );
}
