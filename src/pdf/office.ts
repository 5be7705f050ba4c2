/**
 * Converting office attachments (Word, OpenDocument, presentations,
 * spreadsheets) to PDF with LibreOffice, when it is installed: `soffice
 * --headless --convert-to pdf`, in a profile of its own (so a LibreOffice the
 * user has open is not disturbed) and a temporary folder removed afterwards.
 * LibreOffice is optional: without it the packet is made without those
 * attachments, and the command names each one left out.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where LibreOffice's soffice is: `HF_SOFFICE`, then the PATH, then where its installers put it. Undefined when not installed. */
export function findSoffice(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  const isFile = (p: string) => {
    try {
      return existsSync(p) && statSync(p).isFile();
    } catch {
      return false;
    }
  };
  const named = env.HF_SOFFICE?.trim();
  if (named) return isFile(named) ? named : undefined;
  const names = platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const onPath = (env.PATH ?? env.Path ?? '').split(delimiter).filter((d) => d !== '').flatMap((dir) => names.map((n) => join(dir, n)));
  const installed =
    platform === 'win32'
      ? [env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r).map((root) => `${root}\\LibreOffice\\program\\soffice.exe`)
      : platform === 'darwin'
        ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
        : ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
  return [...onPath, ...installed].find(isFile);
}

export interface OfficeFile {
  /** A name for the file (its path in the repository), for messages. */
  label: string;
  bytes: Uint8Array;
  /** Its extension, which tells LibreOffice what it is ("docx"). */
  ext: string;
}

/**
 * Converts the files to PDF in one run of LibreOffice. Returns the PDF of each
 * file, or an Error for a file it could not convert (the others still come).
 */
export async function convertWithLibreOffice(soffice: string, files: OfficeFile[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<(Uint8Array | Error)[]> {
  if (files.length === 0) return [];
  const work = mkdtempSync(join(tmpdir(), 'hf-office-'));
  try {
    const inputs = files.map((f, i) => {
      // Copies with plain names: a path from the repository never reaches LibreOffice's command line.
      const path = join(work, `vedlegg-${i + 1}.${f.ext.replace(/[^A-Za-z0-9]/g, '') || 'bin'}`);
      writeFileSync(path, f.bytes);
      return path;
    });
    const out = join(work, 'pdf');
    const profile = pathToFileURL(join(work, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', out, ...inputs],
        { env, timeout: timeoutMs, windowsHide: true, maxBuffer: 4 * 1024 * 1024 },
        (error) => (error ? reject(error) : resolve()),
      );
    }).catch((error: unknown) => error);
    return inputs.map((input, i) => {
      const pdf = join(out, `${basename(input, extname(input))}.pdf`);
      try {
        return new Uint8Array(readFileSync(pdf));
      } catch {
        return new Error(`LibreOffice could not convert ${files[i]!.label}`);
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
