/** A plain HTML page at `/` listing the firms of each workspace, until the web app replaces it. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import { listFirms } from '../../services/case-service.js';
import type { AppDeps } from '../deps.js';

export function registerHomeRoutes(app: OpenAPIHono, deps: AppDeps): void {
  app.get('/', async (c) => {
    const workspaces = await deps.store.listWorkspaces();
    const sections = await Promise.all(
      workspaces.map(async (ws) => {
        const firms = await listFirms(deps.store, ws.id);
        return html`<section>
          <h2>Workspace <code>${ws.id}</code></h2>
          ${
            firms.length === 0
              ? html`<p>No firms yet.</p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th>Firm</th>
                      <th>Id</th>
                      <th>Country</th>
                      <th>Case file</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${firms.map(
                      (f) =>
                        html`<tr data-firm="${f.id}">
                          <td>${f.name}</td>
                          <td><code>${f.id}</code></td>
                          <td>${f.countryOfOrigin}</td>
                          <td>
                            <a href="/api/workspaces/${ws.id}/firms/${f.id}/case?download=true">download</a> ·
                            <a href="/api/workspaces/${ws.id}/firms/${f.id}/overview">overview</a>
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
          }
        </section>`;
      }),
    );
    return c.html(
      html`<!doctype html>
        <html lang="en">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Foothold</title>
            <style>
              body {
                font:
                  16px/1.5 system-ui,
                  sans-serif;
                max-width: 56rem;
                margin: 2rem auto;
                padding: 0 1rem;
                color: #1b1f24;
              }
              table {
                border-collapse: collapse;
                width: 100%;
              }
              th,
              td {
                text-align: left;
                padding: 0.35rem 0.6rem;
                border-bottom: 1px solid #d0d7de;
              }
              code {
                background: #f3f4f6;
                padding: 0 0.25rem;
                border-radius: 3px;
              }
            </style>
          </head>
          <body>
            <h1>Foothold</h1>
            <p>Firms, their ties and what stands in their way abroad. The API is described at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
            ${workspaces.length === 0 ? html`<p>No firms yet. Import a case: <code>foothold import examples/cases/*.json</code></p>` : sections}
          </body>
        </html>`,
    );
  });
}
