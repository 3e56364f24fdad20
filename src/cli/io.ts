/** Where the CLI writes: injectable so commands can be tested in-process. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  exitCode(code: number): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  exitCode: (code) => {
    process.exitCode = code;
  },
};
