/**
 * Headless Chromium for browser tests: Debian's `chromium` package driven by playwright-core
 * (a browser download by Playwright is not possible here). When the binary is missing, the test
 * setup installs it with apt-get as root, the way CI on a fresh machine gets it; nobody installs
 * it by hand. CHROMIUM_PATH points at another binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installing takes a minute or two on a fresh machine; the apt lock may be held meanwhile. */
export const CHROMIUM_INSTALL_TIMEOUT_MS = 15 * 60_000;

/**
 * Without the networking flags Chromium tries Google's hosts at every start, which this
 * machine's closed network refuses many times over.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function apt(args: string[]): void {
  execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: CHROMIUM_INSTALL_TIMEOUT_MS,
  });
}

/** The browser binary, installed from Debian's packages first when it is missing. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${CHROMIUM_PATH} does not exist; unset it to use Debian's chromium`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${CHROMIUM_PATH} is missing and installing it needs root: run "apt-get install -y chromium" as root, or set CHROMIUM_PATH`,
    );
  }
  try {
    apt(['install', '-y', 'chromium']);
  } catch {
    // A fresh machine may have no package lists yet.
    apt(['update']);
    apt(['install', '-y', 'chromium']);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing`);
  }
  return CHROMIUM_PATH;
}

/** Playwright gives every launch a fresh, empty profile (its own --user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = ensureChromium();
  return chromium.launch({ executablePath, headless: true, args: FLAGS, timeout: 120_000 });
}
