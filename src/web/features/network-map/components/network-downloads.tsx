/** Links that download the firm's network for the tools analysts open it in (the API's …/network). */
import { DownloadList } from '../../../components/download-list';

const DOWNLOADS = [
  ['graphml', 'GraphML', 'Gephi, yEd, networkx, igraph'],
  ['gexf', 'GEXF', 'Gephi'],
  ['nodes.csv', 'nodes CSV', "Gephi's spreadsheet import, with the edges table"],
  ['edges.csv', 'edges CSV', 'the ties, with ratings and weights'],
] as const;

export function networkDownloadUrl(workspace: string, firmId: string, format: (typeof DOWNLOADS)[number][0]): string {
  return `/api/workspaces/${encodeURIComponent(workspace)}/firms/${encodeURIComponent(firmId)}/network?format=${format}`;
}

export function NetworkDownloads({ workspace, firmId }: { workspace: string; firmId: string }) {
  return (
    <section className="panel" aria-labelledby="network-downloads-heading">
      <h2 id="network-downloads-heading">Download the network</h2>
      <p className="quiet">Every key person, actor and tie with its ratings and the weight warm paths use; ended ties are kept at weight 0.</p>
      <DownloadList downloads={DOWNLOADS.map(([format, label, what]) => ({ href: networkDownloadUrl(workspace, firmId, format), label, what }))} />
    </section>
  );
}
