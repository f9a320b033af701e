import type { ImportIssue, Severity } from "./contract";

/**
 * Collects what the importer could not read or found inconsistent. Parsers never fix a
 * value silently: they keep it as printed (or give the likeliest value) and log it here.
 */
export class IssueLog {
  readonly issues: ImportIssue[] = [];

  add(severity: Severity, code: string, line: number | null, message: string): void {
    this.issues.push({ severity, code, line, message });
  }
  info(code: string, line: number | null, message: string): void { this.add("info", code, line, message); }
  warn(code: string, line: number | null, message: string): void { this.add("warning", code, line, message); }
  error(code: string, line: number | null, message: string): void { this.add("error", code, line, message); }
}
