/** A one-line progress display on stderr, only on a TTY; silent everywhere else (CI logs, pipes). */
export class Progress {
  private readonly enabled: boolean;
  private last = 0;
  private shown = false;

  constructor(enabled: boolean) {
    this.enabled = enabled;
  }

  update(stage: string, done?: number, total?: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80 && done !== total) return;
    this.last = now;
    const count = total ? ` ${done ?? 0}/${total}` : "";
    const bar = total ? ` [${"#".repeat(Math.round(((done ?? 0) / total) * 20)).padEnd(20, ".")}]` : "";
    process.stderr.write(`\r\u001b[2K parapet: ${stage}${count}${bar}`);
    this.shown = true;
  }

  done(): void {
    if (this.enabled && this.shown) process.stderr.write("\r\u001b[2K");
  }
}
