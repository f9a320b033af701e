/** Reading a password for a CLI: hidden prompt on a terminal, or the whole of stdin for scripts. */
import { createInterface } from "node:readline";

export async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** Ask without echoing what is typed (the terminal shows nothing, as for sudo). */
export function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    let asked = false;
    output._writeToOutput = (s: string) => {
      if (!asked) { process.stdout.write(s); asked = true; }
    };
    rl.question(question, (answer) => { rl.close(); process.stdout.write("\n"); resolve(answer); });
    rl.on("SIGINT", () => { rl.close(); reject(new Error("cancelled")); });
  });
}

/** Prompted twice on a terminal; empty means "generate one". */
export async function promptNewPassword(): Promise<string | undefined> {
  const first = await promptHidden("Password (leave empty to generate one): ");
  if (first === "") return undefined;
  const again = await promptHidden("Type the password again: ");
  if (again !== first) throw new Error("The passwords do not match.");
  return first;
}

export async function passwordFromCli(passwordStdin: boolean): Promise<string | undefined> {
  if (passwordStdin) return readPasswordFromStdin();
  if (process.stdin.isTTY && process.stdout.isTTY) return promptNewPassword();
  return undefined;
}
