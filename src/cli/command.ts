// What every `mesh-explainer` command declares: its flags (with an example each, for --help) and run().

export interface CommandOption {
  /** Long name without dashes, e.g. `source-label`. */
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** Placeholder shown in help, e.g. `FILE|DIR`. */
  value?: string;
  description: string;
  /** A full example of the flag in use, e.g. `-f ../shared/samples/bookinfo`. */
  example: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  usage: string[];
  options: CommandOption[];
  examples: string[];
  /** Free text after the flags in --help (exit codes, formats). */
  notes?: string[];
  /** Returns the exit code. Throws AppError for bad input (exit 2) and failures (exit 1). */
  run(values: OptionValues, io: CliIo): Promise<number>;
}
