import { useEffect, useState } from 'react';
import { api } from '../../api';

const NONE: ReadonlySet<string> = new Set();

/**
 * Which of `files` the article's media folder does not hold, asked of the main process when the
 * article's photos change and whenever the window comes back to the front (a file removed by
 * another program, or a library copied without its media, is then reported by Ready to publish).
 */
export function useMissingFiles(folder: string, files: readonly string[]): ReadonlySet<string> {
  const [missing, setMissing] = useState(NONE);
  const key = files.join('\n');
  useEffect(() => {
    if (!key) {
      setMissing(NONE);
      return;
    }
    let current = true;
    const ask = (): void => {
      void api.media.missing({ folder, files: key.split('\n') }).then((result) => {
        if (current && result.ok) setMissing(result.value.length ? new Set(result.value) : NONE);
      });
    };
    ask();
    window.addEventListener('focus', ask);
    return () => {
      current = false;
      window.removeEventListener('focus', ask);
    };
  }, [folder, key]);
  return missing;
}
