/**
 * Moving the firm's evidence to and from other tools: the REFI-QDA project and codebook to download,
 * a .qdpx project to import, and a pseudonymized copy of the case to share. Loaded only when first
 * opened.
 */
import { useParams } from 'react-router';
import { DownloadList } from '../../../components/download-list';
import { FirmNav } from '../../../components/firm-nav';
import { useCan } from '../../../lib/session';
import { useTitle } from '../../../lib/use-title';
import { useFirm } from '../api';
import { exchangeDownloads } from '../exchange-view';
import { PseudonymizeForm } from './pseudonymize-form';
import { QdpxImportForm } from './qdpx-import-form';
import './evidence-matrix.css';

export default function ExchangePage() {
  const { workspace = 'default', firmId = '' } = useParams();
  const firm = useFirm(workspace, firmId);
  const name = firm.data?.record.name ?? firmId;
  const canExport = useCan('export', workspace);
  const canWrite = useCan('write', workspace);
  useTitle(`Exchange — ${name}`);
  return (
    <article className="evidence-matrix-page">
      <h1>{name}: exchange with other tools</h1>
      <FirmNav workspace={workspace} firmId={firmId} firmName={name} />
      <p className="lead">
        NVivo, ATLAS.ti, MAXQDA and QualCoder exchange projects as REFI-QDA files: take {name}’s codebook, transcripts and coded passages to one of them, or
        bring a project coded there into Foothold.
      </p>
      {canExport ? (
        <section className="panel" aria-labelledby="exchange-downloads">
          <h2 id="exchange-downloads">Download for another tool</h2>
          <DownloadList downloads={exchangeDownloads(workspace, firmId)} />
          <p className="quiet">Only segments placed in a stored transcript go into the project; quotes without their text stay in Foothold.</p>
        </section>
      ) : null}
      {canWrite ? <QdpxImportForm workspace={workspace} firmId={firmId} firmName={name} /> : null}
      {canExport ? <PseudonymizeForm workspace={workspace} firmId={firmId} /> : null}
      {canExport || canWrite ? null : (
        <p>Your role in this workspace may read its cases but neither export them to another tool nor import a project into them.</p>
      )}
    </article>
  );
}
