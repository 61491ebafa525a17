// electron-builder afterPack hook: flip the Electron fuses (electron/packaging/fuses.cjs) in
// the packed binary before it is signed and wrapped into AppImage/deb/nsis/dmg/zip.
const { flipFuses } = require('@electron/fuses');
const { Arch } = require('builder-util');
const { fuseConfigFor, packedExecutable } = require('../electron/packaging/fuses.cjs');

exports.default = async function afterPack(context) {
  const executable = packedExecutable({
    electronPlatformName: context.electronPlatformName,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName,
  });
  await flipFuses(executable, fuseConfigFor(context.electronPlatformName, Arch[context.arch]));
};
