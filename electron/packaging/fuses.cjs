// Electron fuses flipped in every packaged binary (by build/after-pack.cjs, an electron-builder
// afterPack hook). CommonJS because electron-builder require()s its hooks.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Every fuse set explicitly, so an Electron upgrade that adds one fails the build loudly. */
const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // The binary cannot be used as a plain Node.js (ELECTRON_RUN_AS_NODE) by malware.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is verified against the hash embedded at build time (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // We serve from app://, so file:// needs none of its legacy privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The Electron binary electron-builder just packed, whose fuse wire we flip. */
function packedExecutable({ electronPlatformName, appOutDir, productFilename, executableName }) {
  const path = require('node:path');
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${productFilename}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${productFilename}.exe`);
  return path.join(appOutDir, executableName);
}

/** Flipping fuses breaks an ad-hoc macOS signature; arm64 macOS refuses unsigned binaries. */
function fuseConfigFor(electronPlatformName, arch) {
  return { ...FUSES, resetAdHocDarwinSignature: electronPlatformName === 'darwin' && arch === 'arm64' };
}

module.exports = { FUSES, packedExecutable, fuseConfigFor };
