import type { ManifestProblem, ManifestWarning } from './types.js';

export const MAX_PROBLEMS = 1000;

/** Collects every problem of an upload, up to a cap that ends with one "too many problems" entry. */
export class ProblemCollector {
  readonly problems: ManifestProblem[] = [];
  readonly warnings: ManifestWarning[] = [];
  private capped = false;

  constructor(private readonly max: number = MAX_PROBLEMS) {}

  get full(): boolean {
    return this.capped;
  }

  add(problem: ManifestProblem): void {
    if (this.capped) return;
    if (this.problems.length >= this.max) {
      this.capped = true;
      this.problems.push({
        code: 'too-many-problems',
        file: problem.file,
        docIndex: null,
        line: null,
        column: null,
        object: null,
        fieldPath: null,
        message: `more than ${this.max} problems; the rest of the upload was not checked`,
      });
      return;
    }
    this.problems.push(problem);
  }

  warn(warning: ManifestWarning): void {
    this.warnings.push(warning);
  }
}
