// Finds LibreOffice and pdftotext, the independent readers the export tests open .docx and .pptx
// files with, installing Debian's packages when they are missing and apt-get can.
import { execFileSync } from 'node:child_process';
import { canUseAptGet } from './find-chromium.ts';

const packages = 'libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils';

const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const present = () => has('soffice') && has('pdftotext');

/** Makes sure `soffice` and `pdftotext` are on the PATH, or stops saying how to install them. */
export function ensureOfficeReaders(): void {
  if (present()) return;
  if (canUseAptGet()) {
    console.log("No LibreOffice or pdftotext found: installing Debian's packages (apt-get)…");
    execFileSync(
      'sh',
      [
        '-c',
        `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
      ],
      { stdio: 'inherit' },
    );
    if (present()) return;
  }
  console.error(
    'The export tests open Word and PowerPoint files with LibreOffice and read them with pdftotext.\n' +
      `Install them (Debian/Ubuntu: sudo apt-get install ${packages}), then run npm test again.`,
  );
  process.exit(1);
}
