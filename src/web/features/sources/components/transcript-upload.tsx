/**
 * "Add transcript" for a source that has no text yet: a file (plain text, Markdown, Word, WebVTT or
 * SRT) sent as it is; the server's refusal is shown as it gives it, and a stored text opens at once.
 */
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, problemLines } from '../../../lib/api';
import type { Source } from '../api';
import { TRANSCRIPT_ACCEPT, useUploadTranscript } from '../coding-api';
import { transcriptPath } from '../transcript-view';

export function TranscriptUpload({ workspace, firmId, source }: { workspace: string; firmId: string; source: Source }) {
  const upload = useUploadTranscript(workspace, firmId);
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string[]>([]);
  const [reading, setReading] = useState<string | undefined>(undefined);
  const id = useId();
  return (
    <div className="transcript-upload">
      <label htmlFor={`${id}-file`}>
        Add transcript<span className="visually-hidden"> to {source.title}</span>
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept={TRANSCRIPT_ACCEPT}
        disabled={upload.isPending}
        aria-describedby={failure.length === 0 ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file === undefined) return;
          setFailure([]);
          setReading(file.name);
          // Awaited rather than a callback of mutate: the stored text refreshes the sources' list, which
          // replaces this control by a link, and a callback of an unmounted control would never run.
          upload.mutateAsync({ sourceId: source.id, file }).then(
            () => void navigate(transcriptPath(workspace, firmId, source.id)),
            (err: unknown) => {
              setReading(undefined);
              setFailure(err instanceof ApiError ? [err.message, ...problemLines(err, file.name)] : [String(err)]);
              // The same file, once fixed, can be chosen again.
              input.value = '';
            },
          );
        }}
      />
      <span id={`${id}-hint`} className="quiet field-note">
        .txt, .md, .docx, .vtt or .srt
      </span>
      {reading === undefined ? null : (
        <span className="quiet" role="status">
          Reading {reading}…
        </span>
      )}
      {failure.length === 0 ? null : (
        <div id={`${id}-error`} className="write-error" role="alert">
          {failure.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
